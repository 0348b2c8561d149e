// Types of etag.cjs.
export declare function matchesEtag(ifNoneMatch: string | null | undefined, etag: string): boolean;
