import {
  Inject,
  Module,
  type DynamicModule,
  type InjectionToken,
  type ModuleMetadata,
  type OptionalFactoryDependency,
} from "@nestjs/common";
import type { TongbaoClientOptions } from "./client-options.js";
import { TongbaoClient } from "./tongbao-client.js";

/** Injection token of the TongbaoClient that TongbaoModule provides by default. */
export const TONGBAO_CLIENT: unique symbol = Symbol.for("tongbao.client");

/** `@InjectTongbaoClient() client: TongbaoClient`: explicit, so no decorator metadata is needed. */
export function InjectTongbaoClient(token: InjectionToken = TONGBAO_CLIENT): ParameterDecorator {
  return Inject(token) as ParameterDecorator;
}

export interface TongbaoClientAsyncOptions {
  /** Token to provide the client under (TONGBAO_CLIENT). */
  name?: InjectionToken;
  imports?: ModuleMetadata["imports"];
  /** Tokens whose values the factory receives, in order. */
  inject?: (InjectionToken | OptionalFactoryDependency)[];
  useFactory: (...args: never[]) => TongbaoClientOptions | Promise<TongbaoClientOptions>;
  /** Make the client injectable in every module (false). */
  global?: boolean;
}

/**
 * Provides a TongbaoClient to the application under an explicit token. Constructor injection
 * uses `@Inject(TONGBAO_CLIENT)` (or `@InjectTongbaoClient()`) rather than parameter types,
 * so it works where decorator metadata is not emitted (esbuild, vitest). The client connects
 * on first emit and is closed on application shutdown (its outbox keeps what the stream has
 * not acknowledged yet).
 */
@Module({})
export class TongbaoModule {
  static forClient(
    options: TongbaoClientOptions,
    extra: { name?: InjectionToken; global?: boolean } = {},
  ): DynamicModule {
    const token = extra.name ?? TONGBAO_CLIENT;
    return {
      module: TongbaoModule,
      global: extra.global ?? false,
      providers: [{ provide: token, useFactory: () => new TongbaoClient(options) }],
      exports: [token],
    };
  }

  static forClientAsync(options: TongbaoClientAsyncOptions): DynamicModule {
    const token = options.name ?? TONGBAO_CLIENT;
    return {
      module: TongbaoModule,
      global: options.global ?? false,
      imports: options.imports ?? [],
      providers: [
        {
          provide: token,
          inject: options.inject ?? [],
          useFactory: async (...args: never[]) =>
            new TongbaoClient(await options.useFactory(...args)),
        },
      ],
      exports: [token],
    };
  }
}
