/**
 * The text of each GraphQL query operation in the app, by operation name, as the server receives it (made from the
 * generated documents by vite.config.mts). For the start-up script, which must not wait for the GraphQL client.
 */
declare module 'virtual:werkbrug/query-texts' {
  export const Me: string;
  export const UnreadNotifications: string;
  export const MySuggestions: string;
}
