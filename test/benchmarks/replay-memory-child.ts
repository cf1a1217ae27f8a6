import { reportToParent } from "./isolated-process.js";
import { openSession } from "./raw/bench-stream.js";
import { rawOrderedReplay } from "./raw/ordered-replay.js";
import { RssSampler } from "./rss-sampler.js";
import { tongbaoReplaySide } from "./tongbao/slots.js";
import type { ReplaySource } from "./tongbao/types.js";

/**
 * Child process of the peak-RSS replay: a fresh process, so its resident set holds only what
 * the replay needs. Arguments: side (raw | tongbao), url, count, source (JSON). Sends the
 * figures to the parent over IPC.
 */
export interface ReplayMemoryFigures {
  msgPerSec: number;
  startMiB: number;
  peakMiB: number;
  growthMiB: number;
  heapPeakMiB: number;
  buffersPeakMiB: number;
}

const [side, url, countText, sourceJson] = process.argv.slice(2);
if (!side || !url || !countText || !sourceJson)
  throw new Error(
    "usage (forked with IPC): replay-memory-child <raw|tongbao> <url> <count> <source>",
  );
const count = Number(countText);
const source = JSON.parse(sourceJson) as ReplaySource;
const sampler = new RssSampler(20).start();
const onProgress = (delivered: number) => sampler.progress(delivered / count);
let msgPerSec: number;
if (side === "raw") {
  await using s = await openSession(url);
  msgPerSec = await rawOrderedReplay(s.js, source["stream"] ?? "", count, onProgress);
} else {
  const slot = await tongbaoReplaySide();
  if (!slot.available) throw new Error(slot.reason);
  msgPerSec = await slot.side.replay(url, source, count, onProgress);
}
const figures: ReplayMemoryFigures = { msgPerSec, ...sampler.stop() };
reportToParent(figures);
