import { createApp } from './app';
import { createLogger } from './logger';

const logger = createLogger();
const port = Number(process.env.PORT ?? 3000);

const server = createApp({ logger }).listen(port, () => {
  logger.info({ port }, 'node-service listening');
});

for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.on(signal, () => {
    logger.info({ signal }, 'shutting down');
    server.close(() => process.exit(0));
  });
}
