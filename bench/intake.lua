-- wrk script: POST /api/v1/dossiers as the bench reception officer, rotating the receiving point so that no point
-- comes near its 9,999-codes-a-day limit. Environment: TOKEN (bearer), POINTS (comma-separated agency codes).
local token = os.getenv("TOKEN")
local points = {}
for code in string.gmatch(os.getenv("POINTS") or "", "[^,]+") do points[#points + 1] = code end
assert(token and #points > 0, "TOKEN and POINTS must be set")

counter = 0
offset = 0

function setup(thread)
  -- each wrk thread has its own Lua state; give each a different start so they do not march in step
  thread:set("offset", math.random(0, #points - 1))
end

function init(args)
  offset = tonumber(offset) or 0
end

function request()
  counter = counter + 1
  local point = points[(counter + offset) % #points + 1]
  local id = string.format("0750%08d", (counter * 7919 + offset) % 100000000)
  local body = '{"procedureCode":"2.000488","channel":"Counter","receivingPointCode":"' .. point .. '",'
    .. '"applicant":{"kind":"Person","fullName":"Nguyễn Văn An","idNumber":"' .. id .. '","phone":"0912345678",'
    .. '"address":"Số 2 Nguyễn Văn Trị, phường Trấn Biên, tỉnh Đồng Nai"},'
    .. '"receivedComponents":["TP01","TP02"]}'
  return wrk.format("POST", "/api/v1/dossiers", {
    ["Content-Type"] = "application/json",
    ["Authorization"] = "Bearer " .. token,
  }, body)
end
