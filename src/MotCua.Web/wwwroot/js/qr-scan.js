// Camera QR scanning on the find page, where the browser has BarcodeDetector (progressive enhancement: without it the
// button stays hidden and the officer types the code or uses a USB scanner, which types it). The QR code on a receipt
// holds the public lookup URL; the page accepts that URL as well as a bare code, so the scan is submitted as read.
const form = document.querySelector('[data-scan-form]');
const input = form?.querySelector('input[name="ma"]');
const slot = form?.querySelector('[data-scan-slot]');
const start = slot?.querySelector('[data-scan-start]');
const panel = document.querySelector('[data-scan-panel]');
const video = panel?.querySelector('video');
const stop = panel?.querySelector('[data-scan-stop]');
const status = panel?.querySelector('[data-scan-status]');

async function canScan() {
  if (!('BarcodeDetector' in window) || !navigator.mediaDevices?.getUserMedia) return false;
  try {
    return (await window.BarcodeDetector.getSupportedFormats()).includes('qr_code');
  } catch {
    return false;
  }
}

if (form && input && slot && start && panel && video && stop && status && await canScan()) {
  const detector = new window.BarcodeDetector({ formats: ['qr_code'] });
  let stream = null;
  let timer = 0;

  const close = () => {
    clearTimeout(timer);
    stream?.getTracks().forEach(track => track.stop());
    stream = null;
    video.srcObject = null;
    panel.hidden = true;
  };

  const scan = async () => {
    if (!stream) return;
    try {
      const codes = await detector.detect(video);
      if (codes.length > 0 && codes[0].rawValue) {
        input.value = codes[0].rawValue;
        close();
        form.requestSubmit();
        return;
      }
    } catch {
      // The first frames may not be decodable yet; keep looking.
    }
    timer = setTimeout(scan, 200);
  };

  slot.hidden = false;
  start.addEventListener('click', async () => {
    try {
      stream = await navigator.mediaDevices.getUserMedia({ video: { facingMode: 'environment' }, audio: false });
    } catch {
      status.textContent = status.dataset.denied;
      panel.hidden = false;
      video.hidden = true;
      return;
    }
    video.hidden = false;
    video.srcObject = stream;
    panel.hidden = false;
    await video.play().catch(() => {});
    stop.focus();
    scan();
  });
  stop.addEventListener('click', () => { close(); start.focus(); });
  document.addEventListener('keydown', event => {
    if (event.key === 'Escape' && !panel.hidden) { close(); start.focus(); }
  });
}
