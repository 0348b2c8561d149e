// Types of store.cjs (CommonJS: Next loads its cache handler unbundled at run time).
type Entry = { value: unknown; lastModified: number; tags: string[]; size: number; cacheControl?: { revalidate: number; expire?: number } };
declare const store: {
  read(key: string, extraTags?: string[]): Entry | null;
  write(key: string, value: unknown, options?: { tags?: string[]; cacheControl?: Entry["cacheControl"] }): void;
  revalidate(tags: string[], expireSeconds?: number): void;
  clear(): void;
  isStale(tags: string[], since: number): boolean;
};
export = store;
