/** The few raw-SQL operations the migrator and the test tooling need, on either engine. */
export interface SqlRunner {
  query<T = Record<string, unknown>>(sql: string, params?: unknown[]): Promise<T[]>;
  /** Runs a script of several statements (no parameters). */
  exec(script: string): Promise<void>;
  /** Runs fn in one transaction: all of it commits, or none of it. */
  transaction<R>(fn: (tx: SqlRunner) => Promise<R>): Promise<R>;
}
