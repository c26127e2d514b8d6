// javascript-state-machine: transitions, lifecycle hooks, guards by cannot.
const StateMachine = require('javascript-state-machine');
const log = [];
const fsm = new StateMachine({
  init: 'solid',
  transitions: [{ name: 'melt', from: 'solid', to: 'liquid' }, { name: 'freeze', from: 'liquid', to: 'solid' }, { name: 'vaporize', from: 'liquid', to: 'gas' }],
  methods: { onMelt: () => log.push('melted'), onEnterGas: () => log.push('gas!'), onInvalidTransition: (t, from) => log.push(`bad ${t} from ${from}`) },
});
fsm.melt(); console.log(fsm.state, fsm.can('freeze'), fsm.cannot('melt'), fsm.transitions().join(','));
fsm.vaporize(); fsm.melt();
console.log(fsm.state, log.join('|'), fsm.allStates().join(','));
