import puppeteer from 'puppeteer-core';
const browser=await puppeteer.launch({executablePath:'/usr/bin/chromium',headless:true,args:['--no-sandbox','--disable-gpu','--no-first-run']});
for (const [w,q,name] of [[1280,'','site-1280-default'],[375,'?site=newsroom','site-375-newsroom'],[1280,'?site=print','site-1280-print'],[375,'?site=print','site-375-print']]) {
  const page=await browser.newPage(); await page.setViewport({width:w,height:1000});
  await page.goto('http://localhost:8098/index.html'+q,{waitUntil:'networkidle0'}); await new Promise(r=>setTimeout(r,1200));
  const sw=await page.evaluate(()=>document.documentElement.scrollWidth);
  console.log(name,'scrollWidth',sw);
  await page.screenshot({path:`/tmp/embedshot/${name}.png`, clip:{x:0,y:0,width:w,height:w>1000?1800:2400}, captureBeyondViewport:true});
  await page.close();
}
await browser.close();
