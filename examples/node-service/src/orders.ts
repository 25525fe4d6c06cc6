import { z } from 'zod';

export const orderLineSchema = z.object({
  sku: z.string().regex(/^[A-Z0-9-]{3,32}$/, 'sku must be 3-32 upper-case letters, digits or dashes'),
  quantity: z.number().int().positive().max(1000),
  unitPriceCents: z.number().int().nonnegative(),
});

export const newOrderSchema = z.object({
  customerId: z.string().min(1),
  currency: z.enum(['EUR', 'USD', 'GBP']).default('EUR'),
  lines: z.array(orderLineSchema).min(1).max(100),
  discountCode: z.string().optional(),
});

export type NewOrder = z.infer<typeof newOrderSchema>;
export type OrderLine = z.infer<typeof orderLineSchema>;

export interface Order extends NewOrder {
  id: string;
  subtotalCents: number;
  discountCents: number;
  totalCents: number;
  createdAt: string;
}

const DISCOUNTS: Record<string, number> = { WELCOME10: 10, LOYAL20: 20 };

/** Prices an order: the subtotal of its lines, less a percentage discount for a known code, rounded down to the cent. */
export function priceOrder(order: NewOrder): Pick<Order, 'subtotalCents' | 'discountCents' | 'totalCents'> {
  const subtotalCents = order.lines.reduce((sum, line) => sum + line.quantity * line.unitPriceCents, 0);
  const percent = order.discountCode ? (DISCOUNTS[order.discountCode] ?? 0) : 0;
  const discountCents = Math.floor((subtotalCents * percent) / 100);
  return { subtotalCents, discountCents, totalCents: subtotalCents - discountCents };
}

/** An in-memory order store; a real service would put a database behind the same interface. */
export class OrderStore {
  private readonly orders = new Map<string, Order>();
  private nextId = 1;

  constructor(private readonly now: () => Date = () => new Date()) {}

  create(input: NewOrder): Order {
    const id = `ord_${String(this.nextId++).padStart(6, '0')}`;
    const order: Order = { ...input, id, ...priceOrder(input), createdAt: this.now().toISOString() };
    this.orders.set(id, order);
    return order;
  }

  get(id: string): Order | undefined {
    return this.orders.get(id);
  }

  list(): Order[] {
    return [...this.orders.values()];
  }
}
