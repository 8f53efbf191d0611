/* global document */
// The floor for the bundle figures: React and ReactDOM rendering one element, nothing else.
import { createElement } from 'react'
import { createRoot } from 'react-dom/client'

createRoot(document.getElementById('root')).render(createElement('p', null, 'Hello'))
