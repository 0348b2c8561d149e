#!/bin/sh
# Stand-in for Prisma's schema-engine binary on machines that cannot download it.
# `prisma generate` only checks that the binary exists; nothing here runs migrations.
echo "schema-engine is not installed on this machine (offline): use 'npm run db:migrate' instead." >&2
exit 1
