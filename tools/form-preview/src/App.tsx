import { useEffect, useMemo, useState } from 'react';
import { connectors, groupByServiceType, type Connector } from './data.js';
import { ConnectorView } from './ConnectorView.js';

/** The connector named by the page's hash (`#database/Mysql`), else the first one. */
function fromHash(): Connector | undefined {
  const id = decodeURIComponent(window.location.hash.replace(/^#/, ''));
  return connectors.find((c) => c.id === id) ?? connectors[0];
}

export function App() {
  const [selected, setSelected] = useState<Connector | undefined>(fromHash);
  const [query, setQuery] = useState('');

  useEffect(() => {
    const onHash = (): void => setSelected(fromHash());
    window.addEventListener('hashchange', onHash);
    return () => window.removeEventListener('hashchange', onHash);
  }, []);

  const groups = useMemo(() => {
    const q = query.trim().toLowerCase();
    const hits = connectors.filter((c) => !q || c.type.toLowerCase().includes(q) || c.serviceType.includes(q) || c.source.toLowerCase().includes(q));
    return groupByServiceType(hits);
  }, [query]);

  return (
    <div className="layout">
      <nav className="sidebar" aria-label="Connectors">
        <h1>connspec forms</h1>
        <input
          id="search"
          type="search"
          placeholder="Search connectors…"
          aria-label="Search connectors"
          value={query}
          onChange={(e) => setQuery(e.target.value)}
        />
        {groups.size === 0 && <p className="empty">No connector matches “{query}”.</p>}
        {[...groups].map(([serviceType, list]) => (
          <section key={serviceType} className="group" data-service-type={serviceType}>
            <h2>{serviceType}</h2>
            <ul>
              {list.map((c) => (
                <li key={c.id}>
                  <a href={`#${c.id}`} data-connector={c.id} aria-current={c.id === selected?.id ? 'page' : undefined}>
                    {c.type}
                  </a>
                </li>
              ))}
            </ul>
          </section>
        ))}
      </nav>
      <main className="content">
        {selected ? <ConnectorView key={selected.id} connector={selected} /> : <p>No connectors in generated/ui-forms.</p>}
      </main>
    </div>
  );
}
