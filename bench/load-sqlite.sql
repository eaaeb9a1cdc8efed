-- Bench-only bulk load for SQLite, the same rows as load-postgres.sql (read its header): :rows past dossiers with
-- their steps, document components, one audit entry and one delivered outbox message each, and the daily code
-- counters. Run by the sqlite3 shell: `.parameter set :rows 1000000` first. Instants are stored as EF Core stores
-- them on SQLite: UTC text 'YYYY-MM-DD HH:MM:SS'.
.bail on
PRAGMA synchronous = OFF;  -- loading only; the measured intakes run with the app's own pragmas
PRAGMA cache_size = -262144;
BEGIN;
CREATE TEMP TABLE bench_points AS
  SELECT row_number() OVER (ORDER BY Code) - 1 AS n, Id, Code FROM Agencies
  WHERE IsReceptionPoint AND Kind IN ('ProvincialCenter', 'Branch');
CREATE TEMP TABLE bench_procedures AS
  SELECT row_number() OVER (ORDER BY Id) - 1 AS n, Id, CompetentAgencyId, TimeAmount, TimeUnit, Cutoff FROM Procedures
  WHERE Level = 'Province' AND CompetentAgencyId IS NOT NULL;
CREATE TEMP TABLE bench_first AS SELECT coalesce(max(Id), 0) AS id FROM Dossiers;
CREATE TEMP TABLE bench_names (n INTEGER PRIMARY KEY, family TEXT, middle TEXT, given TEXT);
INSERT INTO bench_names VALUES (0, 'Nguyễn', 'Văn', 'An'), (1, 'Trần', 'Thị', 'Bình'), (2, 'Lê', 'Minh', 'Chi'),
  (3, 'Phạm', 'Thu', 'Dũng'), (4, 'Hoàng', 'Quốc', 'Hà'), (5, 'Võ', 'Ngọc', 'Hùng'), (6, 'Đặng', 'Văn', 'Lan'),
  (7, 'Bùi', 'Thị', 'Nam'), (8, 'Nguyễn', 'Minh', 'Phương'), (9, 'Trần', 'Ngọc', 'Tâm'), (10, 'Lê', 'Quốc', 'Trang');

INSERT INTO Dossiers (Code, ProcedureId, Channel, ReceivingPointId, CompetentAgencyId, Status, CurrentStep,
  ApplicantKind, ApplicantName, ApplicantIdNumber, ApplicantPhone, ApplicantAddress, ApplicantLanguage, NotifyBy, TimeAmount, TimeUnit, TimeCutoff,
  ReceivedAt, ReceivedById, ClockStartedAt, DueAt, OriginalDueAt, TransferDeadline, TransferredAt,
  SupplementCount, ResultReadyAt, ReturnedAt, ReturnMethod, EndedAt, AuditHead, AuditCount, Version)
SELECT p.Code || '-' || substr(strftime('%Y%m%d', g.day), 3) || '-' || printf('%04d', g.seq),
  pr.Id, CASE g.i % 4 WHEN 2 THEN 'Online' WHEN 3 THEN 'Post' ELSE 'Counter' END, p.Id, pr.CompetentAgencyId,
  CASE WHEN g.age > 15 THEN 'Returned' ELSE 'InProcessing' END, CASE WHEN g.age > 15 THEN 3 ELSE 1 END,
  'Person', nm.family || ' ' || nm.middle || ' ' || nm.given,
  '0750' || printf('%08d', g.i * 7919 % 100000000), '09' || printf('%08d', g.i * 104729 % 100000000),
  'Tổ ' || (1 + g.i % 40) || ', phường Trấn Biên, tỉnh Đồng Nai', 'vi', 'Sms', pr.TimeAmount, pr.TimeUnit, pr.Cutoff,
  g.received, u.Id, g.received, datetime(g.received, '+14 days'), datetime(g.received, '+14 days'), datetime(g.received, '+1 day'),
  datetime(g.received, '+4 hours'), 0,
  CASE WHEN g.age > 15 THEN datetime(g.received, '+12 days') END, CASE WHEN g.age > 15 THEN datetime(g.received, '+13 days') END,
  CASE WHEN g.age > 15 THEN 'Counter' END, CASE WHEN g.age > 15 THEN datetime(g.received, '+13 days') END,
  lower(hex(randomblob(32))), 1, 1
FROM (
  SELECT i, seq, point, age, day,
    -- 07:30 local (UTC+7) onwards, one every 15 minutes at each point
    datetime(day, '+30 minutes', '+' || ((seq - 1) * 15) || ' minutes') AS received
  FROM (
    SELECT value AS i, (value % 5000) / c.np + 1 AS seq, (value % 5000) % c.np AS point, value / 5000 + 1 AS age,
      date('now', '+7 hours', '-' || (value / 5000 + 1) || ' days') AS day
    FROM generate_series(0, :rows - 1), (SELECT count(*) AS np FROM bench_points) AS c
  )
) AS g
JOIN bench_points p ON p.n = g.point
JOIN bench_procedures pr ON pr.n = (g.i * 7) % (SELECT count(*) FROM bench_procedures)
JOIN bench_names nm ON nm.n = g.i % 11
CROSS JOIN (SELECT Id FROM AspNetUsers WHERE Email = 'reception@demo.motcua.vn') AS u;

INSERT INTO DossierSteps (DossierId, "Index", Name, NameEn, Role, AgencyId, Allotment, DueAt, StartedAt, StartedById,
  CompletedAt, CompletedById, Result)
SELECT d.Id, s."Order" - 1, s.Name, s.NameEn, s.Role,
  CASE s.Unit WHEN 'Receiving' THEN d.ReceivingPointId WHEN 'Competent' THEN d.CompetentAgencyId ELSE a.Id END,
  s.Allotment, datetime(d.ReceivedAt, '+' || (s."Order" * 3) || ' days'),
  CASE WHEN s."Order" - 1 <= d.CurrentStep THEN datetime(d.ReceivedAt, '+' || ((s."Order" - 1) * 2) || ' days') END,
  CASE WHEN s."Order" - 1 <= d.CurrentStep THEN d.ReceivedById END,
  CASE WHEN s."Order" - 1 < d.CurrentStep OR d.Status = 'Returned' THEN datetime(d.ReceivedAt, '+' || (s."Order" * 2) || ' days') END,
  CASE WHEN s."Order" - 1 < d.CurrentStep OR d.Status = 'Returned' THEN d.ReceivedById END,
  CASE WHEN s."Order" - 1 < d.CurrentStep OR d.Status = 'Returned' THEN 'OnTime' END
FROM Dossiers d
JOIN ProcessStep s ON s.ProcedureId = d.ProcedureId
LEFT JOIN Agencies a ON a.Code = s.Unit
WHERE d.Id > (SELECT id FROM bench_first);

INSERT INTO DossierDocuments (DossierId, ComponentCode, Name, Form, Count, Mandatory, Received, Reused)
SELECT d.Id, c.Code, c.Name, c.Form, c.Count, c.Mandatory, c.Mandatory, 0
FROM Dossiers d JOIN ProcedureDocument c ON c.ProcedureId = d.ProcedureId
WHERE d.Id > (SELECT id FROM bench_first);

INSERT INTO AuditEntries (DossierId, Sequence, "At", ActorId, ActorName, Action, FromStatus, ToStatus, Data, PreviousHash, Hash)
SELECT d.Id, 1, d.ReceivedAt, d.ReceivedById, 'Trần Thị Thu Hà', 'intake', NULL, 'Accepted',
  '{"received":["TP01","TP02"],"dueAt":"' || strftime('%Y-%m-%dT%H:%M:%S', d.DueAt, '+7 hours') || '+07:00"}', '', d.AuditHead
FROM Dossiers d WHERE d.Id > (SELECT id FROM bench_first);

INSERT INTO OutboxMessages (Topic, DossierId, Payload, CreatedAt, ProcessedAt, Status, Attempts, NextAttemptAt)
SELECT 'dossier.received', d.Id, '{"reference":"' || d.Code || '","status":"Accepted","extra":null}', d.ReceivedAt,
  datetime(d.ReceivedAt, '+2 seconds'), 'Delivered', 1, d.ReceivedAt
FROM Dossiers d WHERE d.Id > (SELECT id FROM bench_first);

INSERT INTO DossierCodeSequences (AgencyCode, Day, "Last")
SELECT substr(d.Code, 1, 13), substr(d.Code, 15, 6), count(*)
FROM Dossiers d WHERE d.Id > (SELECT id FROM bench_first)
GROUP BY 1, 2;
COMMIT;
ANALYZE;
