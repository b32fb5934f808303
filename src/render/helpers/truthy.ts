/** Template truthiness as Handlebars' #if sees it: empty lists count as false too. */
export const truthy = (value: unknown): boolean => Boolean(value) && !(Array.isArray(value) && value.length === 0)
