// Types of peer-address.cjs.
import type { IncomingMessage } from "node:http";

export declare const PEER_ADDRESS_HEADER: string;
export declare const PEER_ADDRESS_ENV: string;
export declare function announcePeerAddresses(): void;
export declare function notePeerAddress(req: IncomingMessage): void;
