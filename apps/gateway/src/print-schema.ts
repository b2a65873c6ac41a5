import 'reflect-metadata';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { NestFactory } from '@nestjs/core';
import { GraphQLSchemaBuilderModule, GraphQLSchemaFactory, RESOLVER_TYPE_METADATA } from '@nestjs/graphql';
import { loadConfig } from '@werkbrug/config';
import { GatewayModule } from './gateway.module';
import { DATE_TIME_SCALARS } from './graphql/date-time.scalar';
import { SCHEMA_FILE, schemaSdl } from './graphql/schema-sdl';

/**
 * `npm run schema:print`: the gateway's schema from its resolvers alone, without a database or Redis, written
 * to the repository root for review and for the web app's code generator.
 */
async function main(): Promise<void> {
  const providers = GatewayModule.forRoot(loadConfig({})).providers ?? [];
  const resolvers = providers.filter(
    (provider): provider is new (...args: never[]) => unknown =>
      typeof provider === 'function' && Reflect.hasMetadata(RESOLVER_TYPE_METADATA, provider),
  );
  const app = await NestFactory.create(GraphQLSchemaBuilderModule, { logger: ['error', 'warn'] });
  await app.init();
  const schema = await app.get(GraphQLSchemaFactory).create(resolvers, { scalarsMap: DATE_TIME_SCALARS });
  await app.close();
  const file = join(process.cwd(), SCHEMA_FILE);
  writeFileSync(file, schemaSdl(schema));
  console.log(`Wrote ${file} (${resolvers.length} resolvers)`);
}

main().catch((error: Error) => {
  console.error(`schema:print: ${error.message}`);
  process.exit(1);
});
