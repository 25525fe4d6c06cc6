import request from 'supertest';
import { createApp } from '../src/app';
import { createLogger } from '../src/logger';

const app = createApp({ logger: createLogger('silent') });

describe('HTTP API', () => {
  it('reports health', async () => {
    const res = await request(app).get('/healthz').expect(200);
    expect(res.body.status).toBe('ok');
  });

  it('creates an order and reads it back', async () => {
    const created = await request(app)
      .post('/orders')
      .send({ customerId: 'c42', discountCode: 'LOYAL20', lines: [{ sku: 'MUG-7', quantity: 4, unitPriceCents: 900 }] })
      .expect(201);
    expect(created.body).toMatchObject({ customerId: 'c42', currency: 'EUR', totalCents: 2880 });
    expect(created.headers.location).toBe(`/orders/${created.body.id}`);

    const fetched = await request(app).get(created.headers.location).expect(200);
    expect(fetched.body.id).toBe(created.body.id);
  });

  it('rejects an invalid order with the failing fields', async () => {
    const res = await request(app).post('/orders').send({ customerId: '', lines: [] }).expect(400);
    expect(res.body.issues.map((issue: { path: string }) => issue.path)).toEqual(['customerId', 'lines']);
  });

  it('answers 400 to malformed JSON and 404 to an unknown order', async () => {
    await request(app).post('/orders').set('content-type', 'application/json').send('{"customerId":').expect(400);
    await request(app).get('/orders/ord_999999').expect(404);
  });
});
