import { newOrderSchema, OrderStore, priceOrder } from '../src/orders';

describe('priceOrder', () => {
  const lines = [
    { sku: 'BOOK-1', quantity: 2, unitPriceCents: 1250 },
    { sku: 'PEN-22', quantity: 3, unitPriceCents: 199 },
  ];

  it('sums the lines', () => {
    expect(priceOrder({ customerId: 'c1', currency: 'EUR', lines })).toEqual({
      subtotalCents: 3097,
      discountCents: 0,
      totalCents: 3097,
    });
  });

  it('applies a known discount code, rounding the discount down', () => {
    expect(priceOrder({ customerId: 'c1', currency: 'EUR', lines, discountCode: 'WELCOME10' })).toEqual({
      subtotalCents: 3097,
      discountCents: 309,
      totalCents: 2788,
    });
  });

  it('ignores an unknown discount code', () => {
    expect(priceOrder({ customerId: 'c1', currency: 'EUR', lines, discountCode: 'NOPE' }).discountCents).toBe(0);
  });
});

describe('newOrderSchema', () => {
  it('defaults the currency', () => {
    const order = newOrderSchema.parse({ customerId: 'c1', lines: [{ sku: 'ABC', quantity: 1, unitPriceCents: 5 }] });
    expect(order.currency).toBe('EUR');
  });

  it('rejects an empty order and a bad sku', () => {
    expect(newOrderSchema.safeParse({ customerId: 'c1', lines: [] }).success).toBe(false);
    expect(
      newOrderSchema.safeParse({ customerId: 'c1', lines: [{ sku: 'x', quantity: 1, unitPriceCents: 5 }] }).success,
    ).toBe(false);
  });
});

describe('OrderStore', () => {
  it('assigns sequential ids and keeps orders', () => {
    const store = new OrderStore(() => new Date('2025-01-02T03:04:05Z'));
    const a = store.create({ customerId: 'c1', currency: 'USD', lines: [{ sku: 'ABC', quantity: 1, unitPriceCents: 5 }] });
    const b = store.create({ customerId: 'c2', currency: 'USD', lines: [{ sku: 'ABC', quantity: 2, unitPriceCents: 5 }] });
    expect([a.id, b.id]).toEqual(['ord_000001', 'ord_000002']);
    expect(a.createdAt).toBe('2025-01-02T03:04:05.000Z');
    expect(store.get(b.id)?.totalCents).toBe(10);
    expect(store.list()).toHaveLength(2);
  });
});
