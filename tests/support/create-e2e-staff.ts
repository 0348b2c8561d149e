// Creates the reporter and editor accounts the newsroom browser tests sign in with.
import { closeDatabase } from "@/lib/db";
import { E2E_EDITOR, E2E_REPORTER } from "../../e2e/newsroom-fixtures";
import { ensureStaffAccount } from "./newsroom";

for (const account of [E2E_REPORTER, E2E_EDITOR]) await ensureStaffAccount(account);
await closeDatabase();
