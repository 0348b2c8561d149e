import { describe, expect, it } from "vitest";
import { createViewMemory, VIEW_WINDOW_MS } from "@/lib/articles/views";

describe("which views count (one per address per article per window)", () => {
  const t0 = 1_000_000;

  it("counts an address once per article within the window, other addresses and articles separately", () => {
    const memory = createViewMemory();
    expect(memory.isNew(1, "198.51.100.1", t0)).toBe(true);
    expect(memory.isNew(1, "198.51.100.1", t0 + 1000)).toBe(false);
    expect(memory.isNew(1, "198.51.100.2", t0 + 1000)).toBe(true);
    expect(memory.isNew(2, "198.51.100.1", t0 + 1000)).toBe(true);
    expect(memory.isNew(1, "198.51.100.1", t0 + VIEW_WINDOW_MS - 1)).toBe(false);
    expect(memory.isNew(1, "198.51.100.1", t0 + VIEW_WINDOW_MS)).toBe(true);
  });

  it("forgets what has left the window, so its memory holds one window of readers", () => {
    const memory = createViewMemory(1000);
    for (let i = 0; i < 50; i++) memory.isNew(1, `10.0.0.${i}`, t0 + i);
    expect(memory.size).toBe(50);
    memory.isNew(2, "10.0.1.1", t0 + 1025);
    expect(memory.size).toBe(50 - 26 + 1);
  });

  it("never holds more than its cap: the oldest readers are forgotten first", () => {
    const memory = createViewMemory(VIEW_WINDOW_MS, 3);
    for (const address of ["a", "b", "c", "d"]) memory.isNew(1, address, t0);
    expect(memory.size).toBe(3);
    expect(memory.isNew(1, "d", t0)).toBe(false);
    expect(memory.isNew(1, "a", t0)).toBe(true);
  });
});
