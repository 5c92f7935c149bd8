// Tests connect to the simulator the same way demo mode does.
export { connectToSimulator as connectedClient } from '../../src/main/core/monzo/demo-bank'
