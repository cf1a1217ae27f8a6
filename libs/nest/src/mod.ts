// @tongbao/nest: NestJS transport on the Tongbao bus.
export {
  TONGBAO_TRANSPORT,
  type TongbaoEvents,
  type TongbaoStatus,
  type UnhandledPolicy,
} from "./transport.js";
export { OnMessage, TongbaoErrorPassThrough, typeNameOf, type MessageType } from "./on-message.js";
export { FAMILY_TYPES, OnEveryFamily, unhandledFamilies } from "./family-handlers.js";
export { TongbaoContext } from "./tongbao-context.js";
export { TongbaoServer, type TongbaoServerStats } from "./tongbao-server.js";
export type { ServerConsumerOptions, TongbaoServerOptions } from "./server-options.js";
export { TongbaoClient } from "./tongbao-client.js";
export type { EmitInput, TongbaoClientOptions } from "./client-options.js";
export {
  InjectTongbaoClient,
  TONGBAO_CLIENT,
  TongbaoModule,
  type TongbaoClientAsyncOptions,
} from "./tongbao-module.js";
