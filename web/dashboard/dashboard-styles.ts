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
figure.chart .bars ul{list-style:none;margin:0;padding:0;max-width:46rem}
figure.chart .bars li{display:grid;grid-template-columns:minmax(6rem,11rem) 1fr auto;gap:.2rem .6rem;align-items:center;padding:.2rem .25rem;font-size:.9rem;border-top:1px solid #f1e8da}
figure.chart .label{overflow-wrap:anywhere;line-height:1.2}
figure.chart .track{position:relative;height:1rem;min-width:4rem}
figure.chart .track .target{position:absolute;left:0;top:0;bottom:0;background:#f1e4cf;border:1px solid #6b5a44;box-sizing:border-box}
figure.chart .track .bar{position:absolute;left:0;top:.25rem;bottom:.25rem;background:#8a3b12}
figure.chart li.met .track .bar{background:#15803d}
figure.chart .value{white-space:nowrap;font-variant-numeric:tabular-nums}
figure.chart .chart-title{font-weight:600;margin:.25rem .25rem .5rem}
.visually-hidden{position:absolute;width:1px;height:1px;overflow:hidden;clip:rect(0 0 0 0);white-space:nowrap}
.tag.short{border-color:#b45309;color:#7c2d12;background:#fff7ed}
.tag.ok{background:#f0fdf4}
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
.table-wrap:focus-visible{outline:3px solid #8a3b12;outline-offset:2px}
.table-wrap{background:linear-gradient(to right,#fff 30%,rgba(255,255,255,0)) left/2rem 100% no-repeat local,linear-gradient(to left,#fff 30%,rgba(255,255,255,0)) right/2rem 100% no-repeat local,radial-gradient(farthest-side at 0 50%,rgba(0,0,0,.25),transparent) left/.8rem 100% no-repeat scroll,radial-gradient(farthest-side at 100% 50%,rgba(0,0,0,.25),transparent) right/.8rem 100% no-repeat scroll;background-color:#fff}
.table-wrap[data-hint]::before{content:attr(data-hint);display:none;position:sticky;left:0;font-size:.85rem;color:#5a5a5a;padding:.4rem .75rem 0}
.tag.warn{border-color:#b91c1c;color:#7f1d1d;white-space:normal}
td.thumb img{width:64px;height:64px;object-fit:cover;border-radius:.3rem;display:block}
ul.photos{display:flex;flex-wrap:wrap;gap:.5rem;list-style:none;padding:0;margin:.5rem 0}
ul.photos a{display:block;border-radius:.4rem}
ul.photos img{width:160px;height:160px;object-fit:cover;border-radius:.4rem;border:1px solid #eadfce;display:block;max-width:42vw;height:auto;aspect-ratio:1}
dl.facts{display:grid;grid-template-columns:max-content 1fr;gap:.35rem 1rem;background:#fff;border:1px solid #eadfce;border-radius:.6rem;padding:.75rem;margin:.5rem 0}
dl.facts dt{font-weight:600}
dl.facts dd{margin:0;overflow-wrap:anywhere}
ol.history{padding-left:1.25rem}
ol.history li{margin:.25rem 0}
form.review{display:flex;flex-direction:column;gap:.6rem;background:#fff;border:1px solid #eadfce;border-radius:.6rem;padding:.9rem;margin:1rem 0;max-width:40rem}
form.review h2{margin:0;font-size:1.15rem}
form.review label{display:flex;flex-direction:column;gap:.2rem;font-weight:600}
form.review label.check{flex-direction:row;align-items:center;gap:.5rem}
form.review textarea,form.review input[type=text]{font:inherit;font-weight:400;padding:.45rem;border:1px solid #8c8c8c;border-radius:.35rem}
fieldset.score{border:1px solid #eadfce;border-radius:.5rem;padding:.5rem .75rem;margin:0}
fieldset.score legend{font-weight:600;padding:0 .25rem}
fieldset.score p.q{margin:0 0 .3rem;font-size:.88rem;color:#5a5a5a}
.scale{display:flex;flex-wrap:wrap;gap:.5rem}
.scale label{flex-direction:row!important;align-items:center;gap:.3rem!important;min-width:2.75rem;min-height:2.75rem;font-weight:400!important}
.scale input{width:1.25rem;height:1.25rem}
.flag{font-weight:400}
@media (max-width:40rem){
  figure.chart .bars li{grid-template-columns:1fr auto}
  figure.chart .label{grid-column:1/-1;font-weight:600}
  table.data tbody th[scope=row]{position:sticky;left:0;background:#fff;z-index:1;min-width:7rem}
  table.data tr.mine th[scope=row]{background:#fff3d6}
  .table-wrap[data-hint]::before{display:block}
  .cards{background:none;border:0}
  .cards table,.cards tbody,.cards tr,.cards td,.cards th{display:block;width:auto}
  .cards caption{display:block;padding:.25rem 0}
  .cards thead{position:absolute;width:1px;height:1px;overflow:hidden;clip:rect(0 0 0 0)}
  .cards tr{background:#fff;border:1px solid #eadfce;border-radius:.6rem;margin:.6rem 0;padding:.4rem .6rem}
  .cards td,.cards th{border:0;padding:.2rem 0;text-align:left!important}
  .cards td[data-label]::before{content:attr(data-label) ": ";font-weight:600;color:#5a5a5a}
  .cards td.thumb::before{content:none}
  .cards th[data-label]{font-size:1.05rem}
  dl.facts{grid-template-columns:1fr}
  dl.facts dd{margin-bottom:.4rem}
}
`;
