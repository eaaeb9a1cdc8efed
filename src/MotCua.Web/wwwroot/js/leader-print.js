// Print buttons (data-print): without JavaScript they are links to the printing instructions on the page;
// with it they open the browser's print dialog directly.
for (const trigger of document.querySelectorAll('[data-print]')) {
  trigger.addEventListener('click', event => {
    event.preventDefault();
    window.print();
  });
}
