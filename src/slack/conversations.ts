// What was asked last in each thread and DM, so that a message going on from it (「それっていつまで？」「その担当課
// は？」) is read after it. Kept in memory: a bounded number of conversations, each for a while. A restart forgets
// them, and a message then reads alone, as it would anywhere else.
import { BoundedMap } from "../search/bounded-map.js";

/** A thread stays one conversation for a day; a DM, which has no threads, for half an hour after its last question. */
export const THREAD_MEMORY_MS = 24 * 60 * 60_000;
export const DM_MEMORY_MS = 30 * 60_000;
/** How many conversations are remembered, the oldest forgotten first. */
export const REMEMBERED_CONVERSATIONS = 2000;

/** Where a message was said: a thread (channel and thread) or a DM (its channel). */
export type Place = { channel: string; thread: string } | { dm: string };

export interface Conversations {
  /** The question a message said here may go on from, if it was asked recently enough. */
  previous(place: Place): string | undefined;
  /** Keeps a question as what the next messages said here may go on from. */
  remember(place: Place, question: string): void;
}

const keyOf = (place: Place) =>
  "dm" in place ? `dm ${place.dm}` : `thread ${place.channel} ${place.thread}`;
const memoryOf = (place: Place) => ("dm" in place ? DM_MEMORY_MS : THREAD_MEMORY_MS);

export function createConversations(clock: () => Date): Conversations {
  const asked = new BoundedMap<string, { question: string; at: number }>(REMEMBERED_CONVERSATIONS);
  return {
    previous(place) {
      const last = asked.get(keyOf(place));
      return last && clock().getTime() - last.at <= memoryOf(place) ? last.question : undefined;
    },
    remember(place, question) {
      const key = keyOf(place);
      // Moved to the newest: the conversations forgotten first are those quiet longest.
      asked.delete(key);
      asked.remember(key, { question, at: clock().getTime() });
    },
  };
}
