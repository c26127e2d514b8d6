import { f } from '../forms.cjs'; console.log(f);
