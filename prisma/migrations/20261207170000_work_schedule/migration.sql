-- The work schedule ("Lịch công tác"): entries and the leaders each concerns.
CREATE TYPE "ScheduleStatus" AS ENUM ('PLANNED', 'POSTPONED', 'TIME_CHANGED');

CREATE TABLE "ScheduleEntry" (
    "id" SERIAL NOT NULL,
    "startsAt" TIMESTAMP(3) NOT NULL,
    "endsAt" TIMESTAMP(3),
    "allDay" BOOLEAN NOT NULL DEFAULT false,
    "content" TEXT NOT NULL,
    "place" TEXT NOT NULL DEFAULT '',
    "chair" TEXT NOT NULL DEFAULT '',
    "participants" TEXT NOT NULL DEFAULT '',
    "preparedBy" TEXT NOT NULL DEFAULT '',
    "status" "ScheduleStatus" NOT NULL DEFAULT 'PLANNED',
    "previousStartsAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "ScheduleEntry_pkey" PRIMARY KEY ("id")
);

CREATE TABLE "ScheduleEntryOfficial" (
    "entryId" INTEGER NOT NULL,
    "officialId" INTEGER NOT NULL,

    CONSTRAINT "ScheduleEntryOfficial_pkey" PRIMARY KEY ("entryId","officialId")
);

CREATE INDEX "ScheduleEntry_startsAt_idx" ON "ScheduleEntry"("startsAt");
CREATE INDEX "ScheduleEntry_previousStartsAt_idx" ON "ScheduleEntry"("previousStartsAt");
CREATE INDEX "ScheduleEntryOfficial_officialId_idx" ON "ScheduleEntryOfficial"("officialId");

ALTER TABLE "ScheduleEntryOfficial" ADD CONSTRAINT "ScheduleEntryOfficial_entryId_fkey" FOREIGN KEY ("entryId") REFERENCES "ScheduleEntry"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "ScheduleEntryOfficial" ADD CONSTRAINT "ScheduleEntryOfficial_officialId_fkey" FOREIGN KEY ("officialId") REFERENCES "Official"("id") ON DELETE CASCADE ON UPDATE CASCADE;
