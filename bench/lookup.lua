-- wrk script: GET /api/v1/public/dossiers/{code}?verify=5678 for codes spread uniformly over the dossiers received
-- today by the bench points. Environment: POINTS (comma-separated agency codes), DAY (YYMMDD), MAXSEQ (the highest
-- sequence every point has reached). Every code asked for exists, so any non-2xx answer is an error.
local points = {}
for code in string.gmatch(os.getenv("POINTS") or "", "[^,]+") do points[#points + 1] = code end
local day = os.getenv("DAY")
local maxseq = tonumber(os.getenv("MAXSEQ") or "0")
assert(#points > 0 and day and maxseq > 0, "POINTS, DAY and MAXSEQ must be set")

function init(args)
  math.randomseed(os.time() + tonumber(tostring({}):match("0x(%x+)") or "0", 16) % 100000)
end

function request()
  local code = points[math.random(1, #points)] .. "-" .. day .. "-" .. string.format("%04d", math.random(1, maxseq))
  return wrk.format("GET", "/api/v1/public/dossiers/" .. code .. "?verify=5678")
end
