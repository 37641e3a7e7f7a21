// The dashboard's additions to the storefront stylesheet (tables, highlights, the chart), inlined in the head
// of its pages only. Highlights never rely on colour alone: the rows also carry a text marker.
export const dashboardCss = `
nav.dash ul{display:flex;flex-wrap:wrap;gap:.4rem 1rem;list-style:none;padding:.5rem 0;margin:0 0 .5rem;border-bottom:1px solid #eadfce;align-items:center}
nav.dash a[aria-current=page]{font-weight:700;text-decoration:none;color:#1f2328}
nav.dash form{display:inline;margin:0}
nav.dash button{padding:.3rem .7rem;font-size:.9rem}
.who{font-size:.9rem;color:#5a5a5a;margin:.25rem 0}
.table-wrap{overflow-x:auto;background:#fff;border:1px solid #eadfce;border-radius:.6rem}
table.data{border-collapse:collapse;width:100%;font-size:.92rem}
table.data caption{text-align:left;font-weight:600;padding:.6rem .75rem}
table.data th,table.data td{padding:.4rem .6rem;border-top:1px solid #eee4d6;text-align:left;vertical-align:top}
table.data thead th{background:#f6efe4;border-top:0}
table.data td.num,table.data th.num{text-align:right;font-variant-numeric:tabular-nums}
table.data tr.mine{background:#fff3d6}
table.data tr.soon{background:#fde8e1}
table.data tr.expired{background:#f9d0c4}
table.data tfoot td{font-weight:700;border-top:2px solid #d6c8b2}
.tag{font-size:.78rem;border-radius:1rem;padding:.05rem .45rem;border:1px solid #b45309;color:#7c2d12;background:#fff;white-space:nowrap}
.tag.ok{border-color:#15803d;color:#14532d}
form.month{display:flex;flex-wrap:wrap;gap:.5rem;align-items:end;margin:.5rem 0 1rem}
form.month label{display:flex;flex-direction:column;font-size:.9rem;gap:.2rem}
.exports{display:flex;flex-wrap:wrap;gap:.5rem;margin:1rem 0}
.exports .button{border:1px solid #8a3b12}
figure.chart{margin:1rem 0;background:#fff;border:1px solid #eadfce;border-radius:.6rem;padding:.5rem}
figure.chart svg{width:100%;max-width:46rem;height:auto;display:block}
figure.chart figcaption{font-size:.9rem;color:#5a5a5a;padding:.25rem .5rem}
.legend{display:flex;gap:1rem;flex-wrap:wrap;font-size:.85rem;list-style:none;padding:0 .5rem;margin:.25rem 0}
.swatch{display:inline-block;width:.9rem;height:.9rem;border-radius:.15rem;vertical-align:-.1rem;margin-right:.3rem}
.notice{background:#e7f4ea;border:1px solid #9fd3ad;border-radius:.5rem;padding:.6rem .8rem}
.problem{background:#fde8e1;border:1px solid #e7a58f;border-radius:.5rem;padding:.6rem .8rem}
form.stack{display:flex;flex-direction:column;gap:.5rem;max-width:26rem;background:#fff;border:1px solid #eadfce;border-radius:.6rem;padding:.9rem;margin:.75rem 0}
form.stack label{display:flex;flex-direction:column;gap:.2rem;font-weight:600}
form.stack small{font-weight:400;color:#5a5a5a}
form.stack input{font-weight:400}
form.inline{display:flex;gap:.4rem;flex-wrap:wrap;align-items:center;margin:0}
form.inline input[type=text]{min-width:10rem}
`;
