export { ERROR_CODES, type ErrorCode } from "./codes.js";
export {
  TongbaoError,
  isTongbaoError,
  toTongbaoError,
  type TongbaoErrorOptions,
} from "./tongbao-error.js";
