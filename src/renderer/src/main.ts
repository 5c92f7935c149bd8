import { mount } from 'svelte'
import './styles/global.css'
import App from './App.svelte'

const target = document.getElementById('app')
if (!target) throw new Error('Subs: #app is missing from index.html')

export default mount(App, { target })
