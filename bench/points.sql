-- Bench-only setup (never part of the app or its demo seed): 200 more reception points, branches of the provincial
-- one-stop center, and the bench reception officer assigned to each. A dossier code has a 4-digit sequence per
-- receiving agency per day (at most 9,999), so thousands of intakes a second must be spread over many points.
-- Codes 500.01.19.H19 … 502.00.19.H19 keep the QCVN 102 shape and collide with no demo code.
-- Plain SQL that runs unchanged on PostgreSQL and SQLite (generate_series is emulated by a recursive CTE).
WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 200)
INSERT INTO "Agencies" ("Code", "Name", "NameEn", "Kind", "Level", "ParentId", "IsReceptionPoint", "Address", "Phone", "EffectiveFrom")
SELECT printf_code, 'Điểm tiếp nhận thử tải số ' || i, 'Bench reception point ' || i, 'Branch', 'Province',
       (SELECT "Id" FROM "Agencies" WHERE "Code" = '000.00.19.H19'), TRUE, 'tỉnh Đồng Nai', '(0251) 1022', '2025-07-01'
FROM (SELECT i, CAST(500 + i / 100 AS TEXT) || '.' || substr(CAST(100 + i % 100 AS TEXT), 2, 2) || '.19.H19' AS printf_code FROM n) AS codes;

INSERT INTO "StaffAgencies" ("UserId", "AgencyId")
SELECT u."Id", a."Id" FROM "AspNetUsers" u, "Agencies" a
WHERE u."Email" = 'reception@demo.motcua.vn' AND a."Code" LIKE '5__.__.19.H19';
