import '@mantine/core/styles.css';
import './theme/fonts.css';
import { configureZod } from './configure-zod';

configureZod();
// Everything else, schemas included, loads only now: a static import would be evaluated first.
void import('./start').then(({ start }) => start());
