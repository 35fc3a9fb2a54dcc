---
title: {{title}}
toc: false
sidebar: false
---

# {{title}}

<p class="hf-lede">{{lede}}</p>

{{other}}
