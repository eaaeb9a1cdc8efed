-- After a measured intake run: every dossier received today by the bench points must be complete (4 steps, 4
-- document components, 1 audit entry, 1 outbox message). Prints the number of incomplete ones: it must be 0.
SELECT count(*) FROM "Dossiers" d
WHERE d."ReceivingPointId" IN (SELECT "Id" FROM "Agencies" WHERE "Code" LIKE '5__.__.19.H19')
  AND d."Code" LIKE '%-' || (SELECT max("Day") FROM "DossierCodeSequences") || '-%'
  AND ((SELECT count(*) FROM "DossierSteps" s WHERE s."DossierId" = d."Id") <> 4
    OR (SELECT count(*) FROM "DossierDocuments" c WHERE c."DossierId" = d."Id") <> 4
    OR (SELECT count(*) FROM "AuditEntries" a WHERE a."DossierId" = d."Id") <> 1
    OR (SELECT count(*) FROM "OutboxMessages" o WHERE o."DossierId" = d."Id") <> 1);
