export { TRACKER_ORGANIZATION } from "@tongbao/organisations";
import { DEFAULT_PORTS } from "@tongbao/organisations";

/** Where `tongbao up` serves the tracker's status API, and where `tongbao tracking` looks. */
export const TRACKER_DEFAULT_PORT = DEFAULT_PORTS.tracker;
