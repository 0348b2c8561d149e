-- SignInAttempt: every attempt deletes a bounded batch of the attempts older than the throttle window
-- (lib/people/rate-limit.ts, pruneOldAttempts), found oldest first through this index.

-- CreateIndex
CREATE INDEX "SignInAttempt_createdAt_idx" ON "SignInAttempt"("createdAt");
