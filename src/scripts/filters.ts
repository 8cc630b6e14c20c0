/** The filter UIs of the certification comparison and the resources pages, in one chunk. */
import './cert-table';
import './resource-filter';
