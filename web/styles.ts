// The whole stylesheet, inlined in every page: small enough that a separate request would cost more on a
// slow phone connection than the bytes do. Mobile first; system fonts; contrast at least WCAG AA.
export const css = `
*{box-sizing:border-box}
html{-webkit-text-size-adjust:100%}
body{margin:0;font:16px/1.5 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;color:#1f2328;background:#fbf8f3}
a{color:#8a3b12}
a:focus-visible,button:focus-visible,input:focus-visible,select:focus-visible{outline:3px solid #1d4ed8;outline-offset:2px}
img{max-width:100%;height:auto}
picture{display:block}
.skip{position:absolute;left:-999px;top:0;background:#fff;padding:.5rem}
.skip:focus{left:.5rem;z-index:10}
.vh{position:absolute;width:1px;height:1px;overflow:hidden;clip:rect(0 0 0 0);white-space:nowrap}
header.site{background:#6b2a0c;color:#fff}
header.site .bar{display:flex;flex-wrap:wrap;gap:.5rem 1rem;align-items:center;justify-content:space-between;max-width:64rem;margin:auto;padding:.6rem 1rem}
header.site a{color:#fff}
.brand{font-weight:700;font-size:1.15rem;text-decoration:none}
nav ul{list-style:none;display:flex;flex-wrap:wrap;gap:.25rem 1rem;margin:0;padding:0}
main{max-width:64rem;margin:auto;padding:1rem}
footer.site{max-width:64rem;margin:2rem auto 0;padding:1rem;color:#555;font-size:.9rem;border-top:1px solid #e5ddd0}
h1{font-size:1.6rem;line-height:1.25;margin:.5rem 0 1rem}
h2{font-size:1.25rem;margin:1.5rem 0 .75rem}
.muted{color:#5a5a5a}
.hero{background:#fff3e6;border-radius:.75rem;padding:1rem 1.25rem;margin-bottom:1rem}
form.search{display:flex;gap:.5rem;margin:.75rem 0}
form.search input{flex:1;min-width:0}
input,select,button{font:inherit;padding:.5rem .65rem;border:1px solid #b9ad9c;border-radius:.4rem;background:#fff;color:inherit}
button,.button{background:#8a3b12;color:#fff;border-color:#8a3b12;cursor:pointer;text-decoration:none;display:inline-block;border-radius:.4rem;padding:.55rem .9rem}
.button.alt{background:#fff;color:#8a3b12}
.grid{display:grid;grid-template-columns:repeat(auto-fill,minmax(10.5rem,1fr));gap:.8rem;list-style:none;padding:0;margin:0}
.flagship-groups{display:grid;grid-template-columns:repeat(auto-fill,minmax(10.5rem,1fr));gap:1rem .8rem;align-items:start}
.flagship-group h3{font-size:.95rem;margin:0 0 .4rem;line-height:1.3;min-height:2.6em;display:flex;align-items:flex-end}
.flagship-group .grid{grid-template-columns:1fr}
@media (min-width:36rem){.flagship-group.n2,.flagship-group.n3{grid-column:span 2}.flagship-group.n2 .grid,.flagship-group.n3 .grid{grid-template-columns:1fr 1fr}}
@media (min-width:56rem){.flagship-group.n3{grid-column:span 3}.flagship-group.n3 .grid{grid-template-columns:1fr 1fr 1fr}}
.card{background:#fff;border:1px solid #eadfce;border-radius:.6rem;overflow:hidden;height:100%;display:flex;flex-direction:column}
.card a{display:block;color:inherit;text-decoration:none;flex:1}
.card-buy{padding:0 .65rem .65rem}
.card-buy button{width:100%}
.card img{display:block;width:100%;aspect-ratio:1;object-fit:cover;background:#eee}
.card .body{padding:.5rem .65rem .7rem}
.card .name{font-weight:600;line-height:1.3}
.price{font-weight:700;color:#6b2a0c}
.badges{display:flex;flex-wrap:wrap;gap:.3rem;list-style:none;padding:0;margin:.35rem 0}
.badge{font-size:.78rem;background:#e7f4ea;color:#14532d;border:1px solid #9fd3ad;border-radius:1rem;padding:.05rem .5rem}
.filters{display:grid;grid-template-columns:repeat(auto-fit,minmax(12rem,1fr));gap:.6rem;align-items:end;background:#fff;border:1px solid #eadfce;border-radius:.6rem;padding:.8rem;margin-bottom:1rem}
.filters label{display:flex;flex-direction:column;font-size:.9rem;gap:.2rem}
.pager{display:flex;gap:1rem;justify-content:space-between;margin:1.25rem 0}
.product{display:grid;gap:1rem}
@media (min-width:48rem){.product{grid-template-columns:1fr 1fr}}
.gallery img{border-radius:.6rem}
.thumbs{display:flex;gap:.4rem;flex-wrap:wrap;list-style:none;padding:0}
.thumbs img{width:5rem;height:5rem;object-fit:cover;border-radius:.4rem}
.order{display:flex;flex-direction:column;gap:.5rem;margin:1rem 0}
.qr img{width:10rem;height:10rem;background:#fff}
.regions{columns:2 12rem;padding-left:1.2rem}
.story{background:#fff;border-left:4px solid #c2410c;padding:.6rem .9rem;border-radius:.3rem}
dl.facts{display:grid;grid-template-columns:auto 1fr;gap:.2rem .8rem}
dl.facts dt{font-weight:600}
dl.facts dd{margin:0}
.chat{display:flex;flex-direction:column;height:72vh;min-height:22rem;background:#fff;border:1px solid #eadfce;border-radius:.6rem}
#chat-log{flex:1;overflow-y:auto;padding:.75rem;display:flex;flex-direction:column;gap:.5rem}
.msg{max-width:88%;padding:.45rem .75rem;border-radius:.8rem;white-space:pre-wrap;overflow-wrap:anywhere}
.msg p{margin:.2rem 0}
.msg.bot{background:#f3ece2;align-self:flex-start}
.msg.user{background:#8a3b12;color:#fff;align-self:flex-end}
.msg img{display:block;max-width:100%;max-height:20rem;border-radius:.5rem}
.options{display:grid;gap:.35rem;margin-top:.4rem}
.option{background:#fff;color:#8a3b12;border:1px solid #8a3b12;text-align:left;display:block}
.chat form{display:flex;flex-wrap:wrap;gap:.5rem;padding:.6rem;border-top:1px solid #eadfce}
.chat form input[type=text]{flex:1;min-width:8rem}
.attach{border:1px solid #8a3b12;color:#8a3b12;border-radius:.4rem;padding:.5rem .7rem;cursor:pointer}
.hint,#chat-status{font-size:.9rem;color:#555;margin:.2rem .75rem}
.cart-link{display:inline-flex;align-items:center;gap:.3rem}
.cart-link .count{background:#fde68a;color:#3b1d06;border-radius:1rem;padding:0 .45rem;font-weight:700;font-size:.85rem;line-height:1.4}
.buybar{display:flex;gap:.5rem;align-items:stretch;margin:.75rem 0}
.buybar .qty input{width:4.2rem;height:100%}
button.dark,.button.dark{background:#4a1d07;border-color:#4a1d07}
@media (max-width:47.99rem){.buybar{position:fixed;left:0;right:0;bottom:0;z-index:5;margin:0;padding:.6rem .75rem;background:#fff;border-top:1px solid #eadfce;box-shadow:0 -2px 8px rgba(0,0,0,.1)}.buybar button{flex:1}.buy-spacer{height:4.5rem}}
.chat-links{list-style:none;padding:0;display:flex;flex-wrap:wrap;gap:.4rem 1.2rem;margin:0}
.box{background:#fff;border:1px solid #eadfce;border-radius:.6rem;padding:.8rem 1rem;margin:0 0 1rem}
.box h2{margin-top:0;font-size:1.1rem}
.lines{list-style:none;padding:0;margin:0}
.line{display:grid;grid-template-columns:1fr auto;gap:.3rem .75rem;padding:.6rem 0;border-top:1px solid #f0e8dc;align-items:center}
.line .amount{text-align:right}
.qty{display:flex;gap:.3rem;align-items:center}
.qty input{width:4.5rem}
button.small{padding:.3rem .6rem;font-size:.9rem}
button.alt{background:#fff;color:#8a3b12}
button.link{background:none;border:0;color:#8a3b12;text-decoration:underline;padding:.2rem}
.big{font-size:1.1rem;padding:.75rem 1.2rem;width:100%;text-align:center;display:block}
.total{font-size:1.15rem}
table.sums{width:100%;border-collapse:collapse}
.sums th{text-align:left;font-weight:400;padding:.3rem 0}
.sums td{text-align:right;white-space:nowrap;padding:.3rem 0 .3rem .5rem;vertical-align:top}
.sums td.note{white-space:normal;width:40%}
.sums .grand th,.sums .grand td{font-weight:700;border-top:2px solid #6b2a0c;font-size:1.1rem}
.flash{padding:.6rem .8rem;border-radius:.4rem}
.flash.notice{background:#e7f4ea;color:#14532d}
.flash.problem{background:#fde8e8;color:#7f1d1d}
.warn{color:#9a3412}
.form fieldset{border:0;padding:0;margin:0 0 1rem}
.form legend{font-weight:700;margin-bottom:.3rem}
.form label{display:flex;flex-direction:column;gap:.2rem;margin:.5rem 0}
.form label.choice{display:block}
.small{font-size:.88rem}
.block{display:block;margin-left:1.6rem}
.steps{display:flex;flex-wrap:wrap;gap:.3rem 1.2rem;list-style:none;padding:0;font-size:.9rem;color:#5a5a5a;counter-reset:s}
.steps li{counter-increment:s}
.steps li::before{content:counter(s) ". "}
.steps [aria-current]{color:#1f2328;font-weight:700}
.timeline{padding-left:1.2rem;font-size:.92rem}
.status{display:inline-block;background:#fff3e6;border:1px solid #e5c9a8;border-radius:1rem;padding:.1rem .7rem;font-weight:600}
.s-PAID,.s-COMPLETED,.s-SHIPPED,.s-READY_FOR_PICKUP{background:#e7f4ea;border-color:#9fd3ad;color:#14532d}
.qris{display:block;margin:.5rem auto;background:#fff;width:16rem;height:16rem}
.cur{margin:.5rem 0}
.cur select{padding:.25rem .4rem}
.block0{display:block}
.tiles{display:grid;grid-template-columns:repeat(auto-fill,minmax(9rem,1fr));gap:.6rem;list-style:none;padding:0;margin:0}
.tiles a{display:flex;flex-direction:column;gap:.15rem;background:#fff;border:1px solid #eadfce;border-radius:.6rem;overflow:hidden;text-decoration:none;color:inherit;padding-bottom:.5rem;height:100%}
.tiles img,.tiles .noimg{display:block;width:100%;aspect-ratio:16/10;object-fit:cover;background:#eadfce}
.tiles .name,.tiles .small{padding:0 .6rem}
.tiles .name{font-weight:600}
details.more{grid-column:1/-1}
details.more summary{cursor:pointer;color:#8a3b12;font-weight:600;padding:.3rem 0}
.more-fields{display:grid;grid-template-columns:repeat(auto-fit,minmax(12rem,1fr));gap:.6rem;margin-top:.4rem}
.payto{border-top:1px solid #f0e8dc;padding-top:.5rem}
`;
