// `npm run keys -w server -- new | rotate`: access-token keys for JWT_KEYS.
//   new     prints a JWK Set with one fresh Ed25519 key
//   rotate  reads the current set from JWT_KEYS and prints it with a fresh key in front: the new key
//           signs from the next start, the old ones stay published and accepted. Drop a previous key
//           once ACCESS_TOKEN_TTL_S has passed since the rotation: no token it signed is still valid.
import type { JWK } from 'jose';
import { generateSigningKey, parseKeySet, publicJwk } from './tokens';

function main(command: string | undefined): void {
  const fresh = generateSigningKey();
  switch (command) {
    case 'new':
      console.log(JSON.stringify({ keys: [fresh] }));
      return;
    case 'rotate': {
      const current = process.env.JWT_KEYS;
      if (!current) throw new Error('rotate reads the current keys from JWT_KEYS');
      parseKeySet(current);
      // The old keys no longer sign: only their public parts are kept.
      const { keys } = JSON.parse(current) as { keys: JWK[] };
      console.log(JSON.stringify({ keys: [fresh, ...keys.map(publicJwk)] }));
      return;
    }
    default:
      throw new Error('usage: keys-cli.js new | rotate');
  }
}

try {
  main(process.argv[2]);
} catch (err) {
  console.error((err as Error).message);
  process.exit(1);
}
