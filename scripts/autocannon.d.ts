// The part of autocannon's API that scripts/bench.ts uses (the package ships no types).
declare module "autocannon" {
  type Request = { path?: string; method?: string; headers?: Record<string, string>; body?: string };
  type Options = { url: string; connections?: number; duration?: number; requests?: { setupRequest?: (request: Request) => Request }[] };
  type Histogram = { average: number; mean: number; p50: number; p90: number; p97_5: number; p99: number; max: number };
  type Result = { requests: Histogram; latency: Histogram; non2xx: number; errors: number; timeouts: number };
  export default function autocannon(options: Options): Promise<Result>;
}
