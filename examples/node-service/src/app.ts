import express, { type NextFunction, type Request, type Response } from 'express';
import { createLogger, type Logger } from './logger';
import { newOrderSchema, OrderStore } from './orders';

export interface AppOptions {
  store?: OrderStore;
  logger?: Logger;
}

export function createApp({ store = new OrderStore(), logger = createLogger() }: AppOptions = {}): express.Express {
  const app = express();
  app.disable('x-powered-by');
  app.use(express.json({ limit: '100kb' }));

  app.get('/healthz', (_req, res) => {
    res.json({ status: 'ok', uptimeSeconds: Math.round(process.uptime()) });
  });

  app.get('/orders', (_req, res) => {
    res.json({ orders: store.list() });
  });

  app.get('/orders/:id', (req, res) => {
    const order = store.get(req.params.id);
    if (!order) {
      res.status(404).json({ error: 'order not found' });
      return;
    }
    res.json(order);
  });

  app.post('/orders', (req, res) => {
    const parsed = newOrderSchema.safeParse(req.body);
    if (!parsed.success) {
      res.status(400).json({
        error: 'invalid order',
        issues: parsed.error.issues.map((issue) => ({ path: issue.path.join('.'), message: issue.message })),
      });
      return;
    }
    const order = store.create(parsed.data);
    logger.info({ orderId: order.id, totalCents: order.totalCents }, 'order created');
    res.status(201).location(`/orders/${order.id}`).json(order);
  });

  // Express 5 forwards rejected promises and thrown errors here, including the JSON body parser's.
  app.use((err: unknown, _req: Request, res: Response, _next: NextFunction) => {
    void _next;
    const status = typeof err === 'object' && err !== null && 'status' in err ? Number(err.status) : 500;
    if (status >= 500) logger.error({ err }, 'request failed');
    res.status(status).json({ error: status >= 500 ? 'internal error' : 'bad request' });
  });

  return app;
}
