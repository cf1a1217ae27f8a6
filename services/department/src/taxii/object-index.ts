import type { Inbox } from "../inbox/inbox.js";
import type { InboxEntry } from "../inbox/types.js";
import { toStixObjects, type ToStixOptions } from "../stix/to-stix.js";
import type { StixObject } from "../stix/types.js";
import type { CollectionInfo } from "./collections.js";

/** One object of a collection, at its place in the collection's order. */
export interface IndexedObject {
  /** date_added in microseconds: strictly increasing along the collection, never reused. */
  added: number;
  id: string;
  type: string;
  /** modified, or created for objects without it, or "" (SCOs): the TAXII version. */
  version: string;
  specVersion: string;
  object: StixObject;
}

/**
 * Each inbox entry gets a slot of at least 1 ms from here, and its objects a microsecond each
 * within it: entries then never share a millisecond, so even a client that rounds date_added
 * to milliseconds (and so repeats a few objects) never skips one.
 */
const SLOT_US = 1000;

/**
 * The organisation's collections as STIX objects in a stable order: the inbox's delivery
 * order, which its journal keeps across restarts. date_added of an entry's objects is the
 * time the bus stored the message, pushed forward where needed so it increases strictly with
 * the inbox position: derived from the journal alone, it is the same after every restart, so
 * `next` cursors and added_after values handed out stay valid. An object (id and version)
 * already in a collection is not added again (an organisation's identity, the TLP markings).
 */
export class CollectionIndex {
  readonly #byType = new Map<
    string,
    { info: CollectionInfo; objects: IndexedObject[]; seen: Set<string> }
  >();
  readonly #inbox: Inbox;
  readonly #options: ToStixOptions;
  #indexedUpTo = 0;
  #nextBase = 0;
  readonly #off: () => void;

  constructor(inbox: Inbox, collections: readonly CollectionInfo[], options: ToStixOptions = {}) {
    this.#inbox = inbox;
    this.#options = options;
    for (const c of collections) {
      if (c.resource.can_read) {
        this.#byType.set(`${c.status}/${c.type}`, { info: c, objects: [], seen: new Set() });
      }
    }
    // Entries reach listeners once their journal line is flushed, and the journal is written
    // in order, so every entry up to the one announced is on disk: index up to it.
    this.#off = inbox.onEntry((e) => this.#catchUp(e.n));
    this.#catchUp(inbox.size);
  }

  close(): void {
    this.#off();
  }

  objects(c: CollectionInfo): readonly IndexedObject[] {
    return this.#byType.get(`${c.status}/${c.type}`)?.objects ?? [];
  }

  #catchUp(upTo: number): void {
    for (const e of this.#inbox.entriesAfter(this.#indexedUpTo)) {
      if (e.n > upTo) break;
      this.#indexedUpTo = e.n;
      this.#add(e);
    }
  }

  #add(e: InboxEntry): void {
    const target = this.#byType.get(`${e.status}/${e.type}`);
    if (!target) return;
    const objects = toStixObjects(e, this.#options);
    const base = Math.max(Date.parse(e.storedAt) * 1000, this.#nextBase);
    this.#nextBase = base + Math.ceil(Math.max(objects.length, 1) / SLOT_US) * SLOT_US;
    objects.forEach((object, k) => {
      const version = String(object.modified ?? object.created ?? "");
      const key = `${object.id}|${version}`;
      if (target.seen.has(key)) return;
      target.seen.add(key);
      target.objects.push({
        added: base + k,
        id: object.id,
        type: object.type,
        version,
        specVersion: String(object.spec_version ?? "2.1"),
        object,
      });
    });
  }
}
