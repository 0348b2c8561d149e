// Types of security-headers.cjs.
export declare function securityHeadersFor(pathname: string): Record<string, string>;
export declare function nextConfigHeaders(): { source: string; headers: { key: string; value: string }[] }[];
