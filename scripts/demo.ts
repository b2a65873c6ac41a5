import 'reflect-metadata';
import { ChildProcess, spawn } from 'node:child_process';
import { createWriteStream, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { NestFactory } from '@nestjs/core';
import { ConfigModule } from '@werkbrug/config';
import { prepareInfrastructure } from '@werkbrug/platform';
import { DEMO_COUNSELLOR, DEMO_EMPLOYERS, DEMO_PASSWORD } from './demo/demo-region';
import { DemoSeeder, DemoSeedModule } from './demo/demo-seeder';
import { WORKER_NODE_FLAGS } from '@werkbrug/worker/node-flags';

/**
 * `npm run demo`: migrations and reference data, the demo region (once), then the gateway and the worker as
 * two processes, exactly as they run in production. Ctrl-C stops both.
 */
async function main(): Promise<void> {
  const started = performance.now();
  const config = await prepareInfrastructure('demo');
  const context = await NestFactory.createApplicationContext(
    { module: DemoSeedModule, imports: [ConfigModule.forRoot(config)] },
    { logger: ['error', 'warn'] },
  );
  const seeded = await context.get(DemoSeeder).seed();
  await context.close();
  console.log(
    seeded === 'seeded'
      ? 'Demo region Noordoost-Brabant loaded.'
      : 'Demo region already present; left as it is.',
  );

  const logDir = join(process.cwd(), '.demo');
  mkdirSync(logDir, { recursive: true });
  const children = [startApp('gateway', logDir), startApp('worker', logDir)];
  const stop = () => {
    for (const child of children) child.kill('SIGTERM');
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
  for (const child of children) {
    child.on('exit', (code) => {
      if (code && code !== 0) {
        console.error(`A Werkbrug process exited with code ${code}; see ${logDir}/*.log`);
        stop();
        process.exitCode = code;
      }
    });
  }

  const url = `http://localhost:${config.PORT}`;
  await waitForHealth(`${url}/health`);
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  console.log(`
Werkbrug is running (answered after ${seconds} s).
  Web app:                      ${url}/
  GraphQL API + Apollo Sandbox: ${url}/graphql
  Health:                       ${url}/health
  Logs:                         ${logDir}/gateway.log, ${logDir}/worker.log

Demo accounts (password for all: ${DEMO_PASSWORD}):
  admin@werkbrug.demo          administrator
  rmt@werkbrug.demo            mobility team, Noordoost-Brabant (AM27)
  ${DEMO_COUNSELLOR.email.padEnd(29)}external re-integration adviser (only trajectories assigned to them)
${DEMO_EMPLOYERS.map((e) => `  ${`hr.${e.slug}@werkbrug.demo`.padEnd(29)}HR lead, ${e.name}`).join('\n')}
  werkzoekende@werkbrug.demo   job seeker (a candidate of ${DEMO_EMPLOYERS[0].name})

Open ${url}/ and log in with one of these, or in the Sandbox with: mutation { login(input: { email: "rmt@werkbrug.demo", password: "${DEMO_PASSWORD}" }) { accessToken } }
and send the token as the header  Authorization: Bearer <accessToken>.  Ctrl-C stops Werkbrug.`);
}

function startApp(name: 'gateway' | 'worker', logDir: string): ChildProcess {
  const log = createWriteStream(join(logDir, `${name}.log`), { flags: 'a' });
  const flags = name === 'worker' ? WORKER_NODE_FLAGS : [];
  const child = spawn(process.execPath, [...flags, join(__dirname, '..', 'apps', name, 'src', 'main.js')], {
    env: process.env,
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  child.stdout?.pipe(log);
  return child;
}

async function waitForHealth(url: string, timeoutMs = 60_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(`The gateway did not become healthy within ${timeoutMs / 1000} s`);
}

main().catch((error: Error) => {
  console.error(`werkbrug demo: ${error.message}`);
  process.exit(1);
});
