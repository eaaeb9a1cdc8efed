-- Bench-only bulk load: :rows past dossiers (psql -v rows=1000000), as the intake would have stored them over the
-- previous days, so that the intake can be measured again with a full database. Per dossier: the dossier row, its
-- steps (copied from the procedure's internal process, ~4), its document components (~4), one audit entry and one
-- delivered outbox message, plus the per-point daily code counters. 5,000 dossiers a day over the bench points
-- (about 25 per point per day), all before today, so no code collides with today's. Audit hashes are filler, not a
-- valid chain: `verify-audit` would flag these dossiers, never the ones the intake creates.
\set ON_ERROR_STOP on
SET synchronous_commit = off;  -- loading only; the measured intakes commit durably
SET maintenance_work_mem = '256MB';

CREATE TEMP TABLE bench_points AS
  SELECT (row_number() OVER (ORDER BY "Code") - 1)::int AS n, "Id", "Code" FROM "Agencies"
  WHERE "IsReceptionPoint" AND "Kind" IN ('ProvincialCenter', 'Branch');
CREATE TEMP TABLE bench_procedures AS
  SELECT (row_number() OVER (ORDER BY "Id") - 1)::int AS n, "Id", "CompetentAgencyId", "TimeAmount", "TimeUnit", "Cutoff" FROM "Procedures"
  WHERE "Level" = 'Province' AND "CompetentAgencyId" IS NOT NULL;
CREATE TEMP TABLE bench_first AS SELECT coalesce(max("Id"), 0) AS id FROM "Dossiers";

INSERT INTO "Dossiers" ("Code", "ProcedureId", "Channel", "ReceivingPointId", "CompetentAgencyId", "Status", "CurrentStep",
  "ApplicantKind", "ApplicantName", "ApplicantIdNumber", "ApplicantPhone", "ApplicantAddress", "ApplicantLanguage", "NotifyBy", "TimeAmount", "TimeUnit", "TimeCutoff",
  "ReceivedAt", "ReceivedById", "ClockStartedAt", "DueAt", "OriginalDueAt", "TransferDeadline", "TransferredAt",
  "SupplementCount", "ResultReadyAt", "ReturnedAt", "ReturnMethod", "EndedAt", "AuditHead", "AuditCount", "Version")
SELECT p."Code" || '-' || to_char(g.day, 'YYMMDD') || '-' || lpad(g.seq::text, 4, '0'),
  pr."Id", (ARRAY['Counter', 'Counter', 'Online', 'Post'])[1 + g.i % 4], p."Id", pr."CompetentAgencyId",
  CASE WHEN g.age > 15 THEN 'Returned' ELSE 'InProcessing' END, CASE WHEN g.age > 15 THEN 3 ELSE 1 END,
  'Person',
  (ARRAY['Nguyễn', 'Trần', 'Lê', 'Phạm', 'Hoàng', 'Võ', 'Đặng', 'Bùi'])[1 + g.i % 8] || ' '
    || (ARRAY['Văn', 'Thị', 'Minh', 'Thu', 'Quốc', 'Ngọc'])[1 + g.i % 6] || ' '
    || (ARRAY['An', 'Bình', 'Chi', 'Dũng', 'Hà', 'Hùng', 'Lan', 'Nam', 'Phương', 'Tâm', 'Trang'])[1 + g.i % 11],
  '0750' || lpad((g.i::bigint * 7919 % 100000000)::text, 8, '0'), '09' || lpad((g.i::bigint * 104729 % 100000000)::text, 8, '0'),
  'Tổ ' || (1 + g.i % 40) || ', phường Trấn Biên, tỉnh Đồng Nai', 'vi', 'Sms', pr."TimeAmount", pr."TimeUnit", pr."Cutoff",
  g.received, u."Id", g.received, g.received + interval '14 days', g.received + interval '14 days', g.received + interval '1 day',
  g.received + interval '4 hours', 0,
  CASE WHEN g.age > 15 THEN g.received + interval '12 days' END, CASE WHEN g.age > 15 THEN g.received + interval '13 days' END,
  CASE WHEN g.age > 15 THEN 'Counter' END, CASE WHEN g.age > 15 THEN g.received + interval '13 days' END,
  md5(g.i::text) || md5((g.i + 1)::text), 1, 1
FROM (
  SELECT i, (j / np)::int + 1 AS seq, j % np AS point, i / 5000 + 1 AS age, today - (i / 5000 + 1) AS day,
    -- 07:30 local (UTC+7) onwards, one every 15 minutes at each point
    ((today - (i / 5000 + 1))::timestamp + interval '30 minutes' + ((j / np) * interval '15 minutes')) AT TIME ZONE 'UTC' AS received
  FROM generate_series(0, :rows - 1) AS i,
    LATERAL (SELECT i % 5000 AS j) AS jj,
    (SELECT count(*)::int AS np FROM bench_points) AS c,
    (SELECT ((now() AT TIME ZONE 'UTC') + interval '7 hours')::date AS today) AS t
) AS g
JOIN bench_points p ON p.n = g.point
JOIN bench_procedures pr ON pr.n = (g.i * 7) % (SELECT count(*) FROM bench_procedures)
CROSS JOIN (SELECT "Id" FROM "AspNetUsers" WHERE "Email" = 'reception@demo.motcua.vn') AS u;

INSERT INTO "DossierSteps" ("DossierId", "Index", "Name", "NameEn", "Role", "AgencyId", "Allotment", "DueAt", "StartedAt", "StartedById",
  "CompletedAt", "CompletedById", "Result")
SELECT d."Id", s."Order" - 1, s."Name", s."NameEn", s."Role",
  CASE s."Unit" WHEN 'Receiving' THEN d."ReceivingPointId" WHEN 'Competent' THEN d."CompetentAgencyId" ELSE a."Id" END,
  s."Allotment", d."ReceivedAt" + s."Order" * interval '3 days',
  CASE WHEN s."Order" - 1 <= d."CurrentStep" THEN d."ReceivedAt" + (s."Order" - 1) * interval '2 days' END,
  CASE WHEN s."Order" - 1 <= d."CurrentStep" THEN d."ReceivedById" END,
  CASE WHEN s."Order" - 1 < d."CurrentStep" OR d."Status" = 'Returned' THEN d."ReceivedAt" + s."Order" * interval '2 days' END,
  CASE WHEN s."Order" - 1 < d."CurrentStep" OR d."Status" = 'Returned' THEN d."ReceivedById" END,
  CASE WHEN s."Order" - 1 < d."CurrentStep" OR d."Status" = 'Returned' THEN 'OnTime' END
FROM "Dossiers" d
JOIN "ProcessStep" s ON s."ProcedureId" = d."ProcedureId"
LEFT JOIN "Agencies" a ON a."Code" = s."Unit"
WHERE d."Id" > (SELECT id FROM bench_first);

INSERT INTO "DossierDocuments" ("DossierId", "ComponentCode", "Name", "Form", "Count", "Mandatory", "Received", "Reused")
SELECT d."Id", c."Code", c."Name", c."Form", c."Count", c."Mandatory", c."Mandatory", false
FROM "Dossiers" d JOIN "ProcedureDocument" c ON c."ProcedureId" = d."ProcedureId"
WHERE d."Id" > (SELECT id FROM bench_first);

INSERT INTO "AuditEntries" ("DossierId", "Sequence", "At", "ActorId", "ActorName", "Action", "FromStatus", "ToStatus", "Data",
  "PreviousHash", "Hash")
SELECT d."Id", 1, d."ReceivedAt", d."ReceivedById", 'Trần Thị Thu Hà', 'intake', NULL, 'Accepted',
  '{"received":["TP01","TP02"],"dueAt":"' || to_char(d."DueAt" AT TIME ZONE 'UTC' + interval '7 hours', 'YYYY-MM-DD"T"HH24:MI:SS') || '+07:00"}',
  '', d."AuditHead"
FROM "Dossiers" d WHERE d."Id" > (SELECT id FROM bench_first);

INSERT INTO "OutboxMessages" ("Topic", "DossierId", "Payload", "CreatedAt", "ProcessedAt", "Status", "Attempts", "NextAttemptAt")
SELECT 'dossier.received', d."Id", '{"reference":"' || d."Code" || '","status":"Accepted","extra":null}', d."ReceivedAt",
  d."ReceivedAt" + interval '2 seconds', 'Delivered', 1, d."ReceivedAt"
FROM "Dossiers" d WHERE d."Id" > (SELECT id FROM bench_first);

INSERT INTO "DossierCodeSequences" ("AgencyCode", "Day", "Last")
SELECT substr(d."Code", 1, 13), substr(d."Code", 15, 6), count(*)
FROM "Dossiers" d WHERE d."Id" > (SELECT id FROM bench_first)
GROUP BY 1, 2;
