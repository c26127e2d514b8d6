import { g } from '../forms.cjs'; console.log(g);
