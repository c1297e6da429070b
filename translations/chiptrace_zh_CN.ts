<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>Application</name>
    <message>
        <source>ChipTrace cannot start</source>
        <translation>ChipTrace 无法启动</translation>
    </message>
    <message>
        <source>The built-in data could not be loaded:

%1</source>
        <translation>无法加载内置数据：

%1</translation>
    </message>
</context>
<context>
    <name>Catalog</name>
    <message>
        <source>&apos;%1&apos; is not of the form value[~] [sources]</source>
        <translation>&apos;%1&apos; 不符合 value[~] [sources] 格式</translation>
    </message>
    <message>
        <source>source reference &apos;%1&apos; is not a number from 1</source>
        <translation>来源引用 &apos;%1&apos; 不是从 1 开始的编号</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a non-negative number, &apos;?&apos; or &apos;n/a&apos;</source>
        <translation>&apos;%1&apos; 不是非负数、&apos;?&apos; 或 &apos;n/a&apos;</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not y, n, &apos;?&apos; or &apos;n/a&apos;</source>
        <translation>&apos;%1&apos; 不是 y、n、&apos;?&apos; 或 &apos;n/a&apos;</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not YYYY, YYYY-MM or YYYY-MM-DD</source>
        <translation>&apos;%1&apos; 不是 YYYY、YYYY-MM 或 YYYY-MM-DD</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not datacenter, workstation or consumer</source>
        <translation>&apos;%1&apos; 不是 datacenter、workstation 或 consumer</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not y, n or domestic</source>
        <translation>&apos;%1&apos; 不是 y、n 或 domestic</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not us, prc-domestic or cloud-only</source>
        <translation>&apos;%1&apos; 不是 us、prc-domestic 或 cloud-only</translation>
    </message>
    <message>
        <source>source [%1] does not exist: the row lists %2 sources</source>
        <translation>来源 [%1] 不存在：该行只列出了 %2 个来源</translation>
    </message>
    <message>
        <source>%1 fields, the header has %2</source>
        <translation>%1 个字段，而表头有 %2 个</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a lower-case slug (a-z, 0-9, &apos;-&apos;)</source>
        <translation>&apos;%1&apos; 不是小写短名（a-z、0-9、&apos;-&apos;）</translation>
    </message>
    <message>
        <source>is empty</source>
        <translation>为空</translation>
    </message>
    <message>
        <source>every entry needs at least one source</source>
        <translation>每个条目至少需要一个来源</translation>
    </message>
    <message>
        <source>%1:%2: a quoted field is not closed</source>
        <translation>%1:%2：带引号的字段未闭合</translation>
    </message>
    <message>
        <source>%1: no header line</source>
        <translation>%1：没有表头行</translation>
    </message>
    <message>
        <source>%1:%2: field &apos;%3&apos;: column missing from the header</source>
        <translation>%1:%2：字段 &apos;%3&apos;：表头中缺少该列</translation>
    </message>
    <message>
        <source>%1:%2: field &apos;id&apos;: &apos;%3&apos; is used twice</source>
        <translation>%1:%2：字段 &apos;id&apos;：&apos;%3&apos; 被使用了两次</translation>
    </message>
    <message>
        <source>Cannot read the catalog %1: %2</source>
        <translation>无法读取目录 %1：%2</translation>
    </message>
</context>
<context>
    <name>ChipTrace::AboutDialog</name>
    <message>
        <source>About ChipTrace</source>
        <translation>关于 ChipTrace</translation>
    </message>
    <message>
        <source>&lt;h2&gt;ChipTrace %1&lt;/h2&gt;&lt;p&gt;Traces which AI accelerators trained a model, and whether they were export-controlled at the time.&lt;/p&gt;&lt;p&gt;Method: Gupta, Walker, Reddie, &lt;i&gt;Whack-a-Chip&lt;/i&gt; (2024).&lt;/p&gt;</source>
        <translation>&lt;h2&gt;ChipTrace %1&lt;/h2&gt;&lt;p&gt;追溯训练模型所用的 AI 加速器，以及这些芯片当时是否受出口管制。&lt;/p&gt;&lt;p&gt;方法：Gupta、Walker、Reddie，&lt;i&gt;Whack-a-Chip&lt;/i&gt;（2024）。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Library versions</source>
        <translation>库版本</translation>
    </message>
    <message>
        <source>Library</source>
        <translation>库</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>版本</translation>
    </message>
</context>
<context>
    <name>ChipTrace::BriefingExportDialog</name>
    <message>
        <source>Export briefing</source>
        <translation>导出简报</translation>
    </message>
    <message>
        <source>briefing.pdf</source>
        <translation>briefing.pdf</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>浏览…</translation>
    </message>
    <message>
        <source>&amp;Marking:</source>
        <translation>密级标识(&amp;M)：</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>文件(&amp;F)：</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>导出(&amp;E)</translation>
    </message>
    <message>
        <source>Rendering the preview…</source>
        <translation>正在渲染预览…</translation>
    </message>
    <message numerus="yes">
        <source>%n page(s); content sha256 %1</source>
        <translation>
            <numerusform>%n 页；内容 sha256 %1</numerusform>
        </translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>The preview is not ready yet.</source>
        <translation>预览尚未就绪。</translation>
    </message>
    <message>
        <source>Cannot write %1: %2. Choose another folder or free some space.</source>
        <translation>无法写入 %1：%2。请选择其他文件夹或释放磁盘空间。</translation>
    </message>
    <message>
        <source>-briefing.pdf</source>
        <translation>-briefing.pdf</translation>
    </message>
</context>
<context>
    <name>ChipTrace::Case::Bundle</name>
    <message>
        <source>Cannot create %1: %2</source>
        <translation>无法创建 %1：%2</translation>
    </message>
    <message>
        <source>Cannot finish %1: %2</source>
        <translation>无法完成 %1：%2</translation>
    </message>
    <message>
        <source>Cannot move the bundle into place at %1.</source>
        <translation>无法将打包文件移动到 %1。</translation>
    </message>
    <message>
        <source>%1 is not a ChipTrace bundle: %2</source>
        <translation>%1 不是 ChipTrace 打包文件：%2</translation>
    </message>
    <message>
        <source>The bundle holds an unsafe path (%1); it was not imported.</source>
        <translation>打包文件中含有不安全的路径（%1）；未导入。</translation>
    </message>
    <message>
        <source>The bundle is damaged: %1</source>
        <translation>打包文件已损坏：%1</translation>
    </message>
    <message>
        <source>%1 holds no case database; it is not a ChipTrace bundle.</source>
        <translation>%1 中没有案卷数据库；它不是 ChipTrace 打包文件。</translation>
    </message>
    <message>
        <source>Cannot write %1 into the bundle: %2</source>
        <translation>无法将 %1 写入打包文件：%2</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <source>Cannot create a temporary folder for the bundle.</source>
        <translation>无法为打包文件创建临时文件夹。</translation>
    </message>
    <message>
        <source>Cannot snapshot the case: %1</source>
        <translation>无法创建案卷快照：%1</translation>
    </message>
    <message>
        <source>%1 already exists; choose another place for the imported case.</source>
        <translation>%1 已存在；请为导入的案卷选择其他位置。</translation>
    </message>
</context>
<context>
    <name>ChipTrace::Case::CaseFile</name>
    <message>
        <source>%1 already exists; choose another name for the new case.</source>
        <translation>%1 已存在；请为新案卷选择其他名称。</translation>
    </message>
    <message>
        <source>A case needs a title.</source>
        <translation>案卷需要标题。</translation>
    </message>
    <message>
        <source>There is no case file at %1.</source>
        <translation>%1 处没有案卷文件。</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <source>no SQLite header</source>
        <translation>缺少 SQLite 文件头</translation>
    </message>
    <message>
        <source>%1 is an SQLite database but not a ChipTrace case.</source>
        <translation>%1 是 SQLite 数据库，但不是 ChipTrace 案卷。</translation>
    </message>
    <message>
        <source>%1 was written by a newer ChipTrace (case format %2; this version reads up to %3). Update ChipTrace to open it. The file was not changed.</source>
        <translation>%1 由较新版本的 ChipTrace 写入（案卷格式 %2；此版本最高可读取 %3）。请更新 ChipTrace 后再打开。文件未被修改。</translation>
    </message>
    <message>
        <source>no case record</source>
        <translation>缺少案卷记录</translation>
    </message>
    <message>
        <source>Cannot upgrade %1 to the current case format: %2. The backup next to it holds the file as it was.</source>
        <translation>无法将 %1 升级到当前案卷格式：%2。其旁边的备份保存了文件的原始状态。</translation>
    </message>
    <message>
        <source>Edit case</source>
        <translation>编辑案卷</translation>
    </message>
    <message>
        <source>A name is required.</source>
        <translation>名称为必填项。</translation>
    </message>
    <message>
        <source>Save lab %1</source>
        <translation>保存实验室 %1</translation>
    </message>
    <message>
        <source>Save model %1</source>
        <translation>保存模型 %1</translation>
    </message>
    <message>
        <source>Save source %1</source>
        <translation>保存来源 %1</translation>
    </message>
    <message>
        <source>Save finding</source>
        <translation>保存发现项</translation>
    </message>
    <message>
        <source>Evidence needs a finding or a quote.</source>
        <translation>证据需要关联发现项或引文。</translation>
    </message>
    <message>
        <source>Save evidence</source>
        <translation>保存证据</translation>
    </message>
    <message>
        <source>Save conclusion</source>
        <translation>保存结论</translation>
    </message>
    <message>
        <source>Cannot remove items of kind &apos;%1&apos;.</source>
        <translation>无法删除类型为“%1”的条目。</translation>
    </message>
    <message>
        <source>Remove %1</source>
        <translation>删除 %1</translation>
    </message>
    <message>
        <source>The item to remove is not in the case.</source>
        <translation>要删除的条目不在案卷中。</translation>
    </message>
    <message>
        <source>Cannot store the captured copy in %1: %2</source>
        <translation>无法将采集副本存储到 %1：%2</translation>
    </message>
    <message>
        <source>Review: %1</source>
        <translation>审阅：%1</translation>
    </message>
    <message>
        <source>The evidence item to review is not in the case.</source>
        <translation>要审阅的证据条目不在案卷中。</translation>
    </message>
    <message>
        <source>The comment is empty.</source>
        <translation>评论为空。</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>评论</translation>
    </message>
    <message>
        <source>The evidence item to comment on is not in the case.</source>
        <translation>要评论的证据条目不在案卷中。</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>导入</translation>
    </message>
    <message>
        <source>Undo: %1</source>
        <translation>撤销：%1</translation>
    </message>
    <message>
        <source>Redo: %1</source>
        <translation>重做：%1</translation>
    </message>
    <message>
        <source>This %1 item refers to a lab, model, source, finding or evidence item that is not in the case. Add that first.</source>
        <translation>此 %1 条目引用了不在案卷中的实验室、模型、来源、发现项或证据条目。请先添加该条目。</translation>
    </message>
    <message>
        <source>A required field of this %1 item is empty (%2).</source>
        <translation>此 %1 条目的必填字段为空（%2）。</translation>
    </message>
    <message>
        <source>The funnel constraint &quot;%1&quot; is not valid: %2</source>
        <translation>筛选漏斗约束“%1”无效：%2</translation>
    </message>
    <message>
        <source>%1 is not a readable ChipTrace case: it is damaged or not a case file (%2). The file was not changed; restore it from a backup or a bundle.</source>
        <translation>%1 不是可读取的 ChipTrace 案卷：文件已损坏或不是案卷文件（%2）。文件未被修改；请从备份或打包文件恢复。</translation>
    </message>
    <message>
        <source>Cannot back up %1 before upgrading it: %2</source>
        <translation>升级 %1 前无法对其进行备份：%2</translation>
    </message>
    <message>
        <source>The import was cancelled; nothing was added.</source>
        <translation>导入已取消；未添加任何内容。</translation>
    </message>
    <message>
        <source>This change cannot be undone or redone: the item was changed since (by a later edit or a merge).</source>
        <translation>此更改无法撤销或重做：该条目此后已被更改（由后续编辑或合并）。</translation>
    </message>
    <message>
        <source>The model of this funnel is not in the case.</source>
        <translation>案卷中没有此筛选漏斗的模型。</translation>
    </message>
    <message>
        <source>Arrange funnel</source>
        <translation>排列筛选漏斗</translation>
    </message>
</context>
<context>
    <name>ChipTrace::Case::Database</name>
    <message>
        <source>Cannot open %1: %2</source>
        <translation>无法打开 %1：%2</translation>
    </message>
    <message>
        <source>The disk is full: %1</source>
        <translation>磁盘已满：%1</translation>
    </message>
</context>
<context>
    <name>ChipTrace::Case::Import</name>
    <message>
        <source>%1 gave no source to import.</source>
        <translation>%1 未提供可导入的来源。</translation>
    </message>
    <message>
        <source>The case has no model called &quot;%1&quot;. Give its lab too to add it.</source>
        <translation>案卷中没有名为“%1”的模型。请同时指定其实验室以添加该模型。</translation>
    </message>
</context>
<context>
    <name>ChipTrace::Case::Merge</name>
    <message>
        <source>Cannot copy the captured copy %1 into the case.</source>
        <translation>无法将采集副本 %1 复制到案卷中。</translation>
    </message>
    <message>
        <source>%1 is a copy of another case (&quot;%2&quot;); only copies of the same case can be merged.</source>
        <translation>%1 是另一个案卷（“%2”）的副本；只能合并同一案卷的副本。</translation>
    </message>
    <message>
        <source>The merge was cancelled; nothing was changed.</source>
        <translation>合并已取消；未做任何更改。</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <source>Cannot create a temporary folder for the merge.</source>
        <translation>无法为合并创建临时文件夹。</translation>
    </message>
    <message>
        <source>Merge %1</source>
        <translation>合并 %1</translation>
    </message>
    <message>
        <source>Resolve conflict</source>
        <translation>解决冲突</translation>
    </message>
    <message>
        <source>There is no such conflict in this case.</source>
        <translation>此案卷中没有该冲突。</translation>
    </message>
    <message>
        <source>This conflict was already resolved.</source>
        <translation>该冲突已解决。</translation>
    </message>
</context>
<context>
    <name>ChipTrace::Case::ScanImport</name>
    <message>
        <source>Proposed by the scan (%1).</source>
        <translation>由扫描提出（%1）。</translation>
    </message>
    <message>
        <source>Import %1</source>
        <translation>导入 %1</translation>
    </message>
</context>
<context>
    <name>ChipTrace::Case::Verify</name>
    <message>
        <source>The audit trail was edited outside ChipTrace at entry %1 (%2 %3).</source>
        <translation>审计记录在第 %1 条处被 ChipTrace 之外的程序编辑（%2 %3）。</translation>
    </message>
    <message>
        <source>%1 %2 was added outside ChipTrace.</source>
        <translation>%1 %2 是在 ChipTrace 之外添加的。</translation>
    </message>
    <message>
        <source>%1 %2 was changed outside ChipTrace.</source>
        <translation>%1 %2 是在 ChipTrace 之外更改的。</translation>
    </message>
    <message>
        <source>%1 %2 was deleted outside ChipTrace.</source>
        <translation>%1 %2 是在 ChipTrace 之外删除的。</translation>
    </message>
    <message>
        <source>The audit trail was cut back or rewritten outside ChipTrace: entry %1, recorded on this computer at the last change, is missing or different (or the file was replaced by an older copy).</source>
        <translation>审计记录在 ChipTrace 之外被截短或重写：本机在上次更改时记录的第 %1 条缺失或不一致（或文件被较旧的副本替换）。</translation>
    </message>
    <message>
        <source>The database is damaged: %1</source>
        <translation>数据库已损坏：%1</translation>
    </message>
    <message>
        <source>The captured copy of &quot;%1&quot; is missing (%2).</source>
        <translation>“%1”的采集副本缺失（%2）。</translation>
    </message>
    <message>
        <source>The captured copy of &quot;%1&quot; changed since it was captured (%2).</source>
        <translation>“%1”的采集副本自采集以来已被更改（%2）。</translation>
    </message>
</context>
<context>
    <name>ChipTrace::Git::ChangeReport</name>
    <message numerus="yes">
        <source>Cloned: %n commit(s).</source>
        <translation>
            <numerusform>已克隆：%n 个提交。</numerusform>
        </translation>
    </message>
    <message>
        <source>Up to date: nothing changed since the last fetch.</source>
        <translation>已是最新：自上次获取以来没有变化。</translation>
    </message>
    <message numerus="yes">
        <source>%n new commit(s).</source>
        <translation>
            <numerusform>%n 个新提交。</numerusform>
        </translation>
    </message>
    <message>
        <source>  new      %1</source>
        <translation>  新增     %1</translation>
    </message>
    <message numerus="yes">
        <source>  updated  %1 (%n new commit(s))</source>
        <translation>
            <numerusform>  已更新   %1（%n 个新提交）</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>  REWRITTEN %1: force-pushed, %n commit(s) dropped, kept as %2</source>
        <translation>
            <numerusform>  已重写   %1：被强制推送，丢弃了 %n 个提交，保留为 %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>  DELETED  %1: %n commit(s) no longer on the branch, kept as %2</source>
        <translation>
            <numerusform>  已删除   %1：%n 个提交已不在该分支上，保留为 %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n commit(s) the remote no longer has stay readable in the store.</source>
        <translation>
            <numerusform>远程已不再拥有的 %n 个提交在存储中仍可读取。</numerusform>
        </translation>
    </message>
    <message>
        <source>Keeping %1 reachable</source>
        <translation>保留 %1 使其可达</translation>
    </message>
</context>
<context>
    <name>ChipTrace::Git::Keychain</name>
    <message>
        <source>The system keychain refused the credential: %1</source>
        <translation>系统钥匙串拒绝了该凭据：%1</translation>
    </message>
    <message>
        <source>The system keychain refused to remove the credential: %1</source>
        <translation>系统钥匙串拒绝删除该凭据：%1</translation>
    </message>
</context>
<context>
    <name>ChipTrace::Git::RepositoryStore</name>
    <message>
        <source>Cannot create the repository store at %1.</source>
        <translation>无法在 %1 创建仓库存储。</translation>
    </message>
    <message>
        <source>%1 is being fetched by another ChipTrace; try again when it is done.</source>
        <translation>另一个 ChipTrace 正在获取 %1；请在其完成后重试。</translation>
    </message>
    <message>
        <source>%1 is not in the repository store yet; clone it first.</source>
        <translation>%1 尚不在仓库存储中；请先克隆。</translation>
    </message>
    <message>
        <source>%1 is already in the store at %2.</source>
        <translation>%1 已在存储中，位于 %2。</translation>
    </message>
    <message>
        <source>Cannot create a folder in %1: %2</source>
        <translation>无法在 %1 中创建文件夹：%2</translation>
    </message>
    <message>
        <source>Could not move the new clone into %1.</source>
        <translation>无法将新克隆移动到 %1。</translation>
    </message>
    <message>
        <source>%1 is not in the repository store (%2); clone it first.</source>
        <translation>%1 不在仓库存储中（%2）；请先克隆。</translation>
    </message>
    <message>
        <source>Could not remove %1 completely.</source>
        <translation>无法完全删除 %1。</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <source>Opening the repository configuration</source>
        <translation>正在打开仓库配置</translation>
    </message>
    <message>
        <source>Writing the repository configuration</source>
        <translation>正在写入仓库配置</translation>
    </message>
    <message>
        <source>Opening %1</source>
        <translation>正在打开 %1</translation>
    </message>
    <message>
        <source>Creating the repository in %1</source>
        <translation>正在 %1 中创建仓库</translation>
    </message>
</context>
<context>
    <name>ChipTrace::Git::SafeCheckout</name>
    <message>
        <source>The disk is full while writing %1 (%2). Free space or prune the store.</source>
        <translation>写入 %1 时磁盘已满（%2）。请释放空间或清理存储。</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <source>Reading %1</source>
        <translation>正在读取 %1</translation>
    </message>
    <message>
        <source> (larger than the file size limit)</source>
        <translation> （超过文件大小上限）</translation>
    </message>
    <message>
        <source> (unusable symbolic link)</source>
        <translation> （不可用的符号链接）</translation>
    </message>
    <message>
        <source>Writing the files was cancelled.</source>
        <translation>文件写入已取消。</translation>
    </message>
    <message>
        <source>The tree has more than %1 files, the checkout limit.</source>
        <translation>树中的文件超过 %1 个，达到检出上限。</translation>
    </message>
    <message>
        <source> — the repository is malformed; ChipTrace refuses it.</source>
        <translation> — 该仓库格式错误；ChipTrace 拒绝使用。</translation>
    </message>
    <message>
        <source>Walking the tree to check out</source>
        <translation>正在遍历要检出的树</translation>
    </message>
</context>
<context>
    <name>ChipTrace::Git::Transfer</name>
    <message>
        <source>The repository has %1 objects, more than the limit of %2. Raise the object limit if you trust this repository.</source>
        <translation>该仓库有 %1 个对象，超过了 %2 的上限。如果您信任此仓库，请提高对象数量上限。</translation>
    </message>
    <message>
        <source>The transfer exceeded the size limit of %1. Raise the size limit if you trust this repository, or clone with a depth.</source>
        <translation>传输超出了 %1 的大小上限。如果您信任此仓库，请提高大小上限，或指定深度进行克隆。</translation>
    </message>
    <message>
        <source>Transfer from %1 cancelled; no reference in the store was changed.</source>
        <translation>来自 %1 的传输已取消；存储中的引用均未更改。</translation>
    </message>
    <message>
        <source>%1 has more objects than the limit of %2. Raise the object limit if you trust this repository, or clone with a depth.</source>
        <translation>%1 的对象数量超过了 %2 的上限。如果您信任此仓库，请提高对象数量上限，或指定深度进行克隆。</translation>
    </message>
    <message>
        <source>%1 holds an object or pack larger than the configured limits. Raise the limits if you trust this repository.</source>
        <translation>%1 包含超出所配置上限的对象或包。如果您信任此仓库，请提高上限。</translation>
    </message>
    <message>
        <source>%1 requires authentication. Store a token for this host in the system keychain (see README) or load your SSH key into ssh-agent.</source>
        <translation>%1 需要身份验证。请在系统钥匙串中为此主机保存令牌（参见 README），或将您的 SSH 密钥加载到 ssh-agent。</translation>
    </message>
    <message>
        <source>The host of %1 could not be found. Check the URL, your network and proxy settings.</source>
        <translation>找不到 %1 的主机。请检查 URL、网络和代理设置。</translation>
    </message>
    <message>
        <source>The disk holding the repository store is full. Free space or prune the store (chiptrace store prune).</source>
        <translation>仓库存储所在的磁盘已满。请释放空间或清理存储（chiptrace store prune）。</translation>
    </message>
    <message>
        <source>No repository at %1: the folder does not exist.</source>
        <translation>%1 处没有仓库：该文件夹不存在。</translation>
    </message>
    <message>
        <source>No repository at %1. Check the URL; a private repository may also answer like this without credentials.</source>
        <translation>%1 处没有仓库。请检查 URL；私有仓库在未提供凭据时也可能返回此结果。</translation>
    </message>
    <message>
        <source>Network error while fetching %1. Check your network and proxy settings and retry.</source>
        <translation>获取 %1 时发生网络错误。请检查网络和代理设置后重试。</translation>
    </message>
    <message>
        <source>Fetching %1 failed; the remote sent something ChipTrace refuses.</source>
        <translation>获取 %1 失败；远程端发送了 ChipTrace 拒绝接受的内容。</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>正在连接…</translation>
    </message>
    <message>
        <source>Receiving objects: %1/%2, %3 at %4</source>
        <translation>正在接收对象：%1/%2，%3，速度 %4</translation>
    </message>
    <message>
        <source>Resolving deltas: %1/%2</source>
        <translation>正在解析差异：%1/%2</translation>
    </message>
    <message>
        <source>Updating references…</source>
        <translation>正在更新引用…</translation>
    </message>
    <message>
        <source>Writing files: %1</source>
        <translation>正在写入文件：%1</translation>
    </message>
    <message>
        <source>Listing references</source>
        <translation>正在列出引用</translation>
    </message>
    <message>
        <source>Removing %1</source>
        <translation>正在删除 %1</translation>
    </message>
    <message>
        <source>Opening the received pack</source>
        <translation>正在打开接收到的包</translation>
    </message>
    <message>
        <source>The repository holds an object of %1, more than the limit of %2 per object. Raise the limit if you trust this repository.</source>
        <translation>该仓库包含一个大小为 %1 的对象，超过了每个对象 %2 的上限。如果您信任此仓库，请提高上限。</translation>
    </message>
    <message>
        <source>cancelled before connecting</source>
        <translation>在连接前已取消</translation>
    </message>
</context>
<context>
    <name>ChipTrace::MainWindow</name>
    <message>
        <source>ChipTrace</source>
        <translation>ChipTrace 芯迹</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>就绪</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;About ChipTrace</source>
        <translation>关于 ChipTrace(&amp;A)</translation>
    </message>
    <message>
        <source>Case navigator</source>
        <translation>案卷导航</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>案卷</translation>
    </message>
    <message>
        <source>Repository files</source>
        <translation>仓库文件</translation>
    </message>
    <message>
        <source>History: show removed files</source>
        <translation>历史：显示已删除的文件</translation>
    </message>
    <message>
        <source>Repository</source>
        <translation>仓库</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>发现项</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>证据</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>时间线</translation>
    </message>
    <message>
        <source>Funnel</source>
        <translation>筛选漏斗</translation>
    </message>
    <message>
        <source>Inspector</source>
        <translation>检查器</translation>
    </message>
    <message>
        <source>Funnel and new evidence for %1</source>
        <translation>%1 的筛选漏斗和新证据</translation>
    </message>
    <message>
        <source>Opened %1</source>
        <translation>已打开 %1</translation>
    </message>
    <message>
        <source>%1 — ChipTrace</source>
        <translation>%1 — ChipTrace</translation>
    </message>
    <message numerus="yes">
        <source>%n evidence item(s) added for %1</source>
        <translation>
            <numerusform>已为 %1 添加 %n 个证据条目</numerusform>
        </translation>
    </message>
    <message>
        <source>Next Funnel Step</source>
        <translation>下一个筛选漏斗步骤</translation>
    </message>
    <message>
        <source>Previous Funnel Step</source>
        <translation>上一个筛选漏斗步骤</translation>
    </message>
    <message>
        <source>Replay Funnel</source>
        <translation>重放筛选漏斗</translation>
    </message>
    <message>
        <source>Evidence &amp;Importers…</source>
        <translation>证据导入器(&amp;I)…</translation>
    </message>
    <message>
        <source>&amp;New Case…</source>
        <translation>新建案卷(&amp;N)…</translation>
    </message>
    <message>
        <source>&amp;Open Case…</source>
        <translation>打开案卷(&amp;O)…</translation>
    </message>
    <message>
        <source>Open &amp;Demo Case</source>
        <translation>打开演示案卷(&amp;D)</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>最近打开(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Add Repository…</source>
        <translation>添加仓库(&amp;A)…</translation>
    </message>
    <message>
        <source>&amp;Scan Repositories</source>
        <translation>扫描仓库(&amp;S)</translation>
    </message>
    <message>
        <source>Export &amp;Briefing…</source>
        <translation>导出简报(&amp;B)…</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>编辑(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>撤销(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>重做(&amp;R)</translation>
    </message>
    <message>
        <source>Make &amp;Evidence</source>
        <translation>生成证据(&amp;E)</translation>
    </message>
    <message>
        <source>Search &amp;Findings</source>
        <translation>搜索发现项(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Review</source>
        <translation>审阅(&amp;R)</translation>
    </message>
    <message>
        <source>The case has no repository yet: add one first (File › Add Repository).</source>
        <translation>案卷中尚无仓库：请先添加一个（文件 › 添加仓库）。</translation>
    </message>
    <message>
        <source>Cloning %1</source>
        <translation>正在克隆 %1</translation>
    </message>
    <message>
        <source>Clone cancelled.</source>
        <translation>克隆已取消。</translation>
    </message>
    <message>
        <source>Scanning %1</source>
        <translation>正在扫描 %1</translation>
    </message>
    <message>
        <source>Scan cancelled; the case is unchanged.</source>
        <translation>扫描已取消；案卷未更改。</translation>
    </message>
    <message>
        <source>Open Case</source>
        <translation>打开案卷</translation>
    </message>
    <message>
        <source>ChipTrace cases (*.chiptrace)</source>
        <translation>ChipTrace 案卷 (*.chiptrace)</translation>
    </message>
    <message>
        <source>New Case</source>
        <translation>新建案卷</translation>
    </message>
    <message>
        <source>Add Repository</source>
        <translation>添加仓库</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>评论</translation>
    </message>
    <message>
        <source>Comment on this evidence:</source>
        <translation>评论此证据：</translation>
    </message>
    <message>
        <source>Open a case first.</source>
        <translation>请先打开案卷。</translation>
    </message>
    <message numerus="yes">
        <source>%n finding(s) so far; they join the case when the scan ends.</source>
        <translation>
            <numerusform>目前已有 %n 个发现项；扫描结束后将加入案卷。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>; %n finding(s) already were evidence and were skipped</source>
        <translation>
            <numerusform>；%n 个发现项已是证据，已跳过</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Import Documents…</source>
        <translation>导入文档(&amp;I)…</translation>
    </message>
    <message>
        <source>Import Documents</source>
        <translation>导入文档</translation>
    </message>
    <message>
        <source>Documents (*.pdf *.html *.htm *.md *.txt *.warc *.warc.gz *.wacz);;All files (*)</source>
        <translation>文档 (*.pdf *.html *.htm *.md *.txt *.warc *.warc.gz *.wacz);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Open or create a case first.</source>
        <translation>请先打开或创建案卷。</translation>
    </message>
    <message>
        <source>Importing %1</source>
        <translation>正在导入 %1</translation>
    </message>
    <message>
        <source>Import cancelled; the case is unchanged.</source>
        <translation>导入已取消；案卷未更改。</translation>
    </message>
    <message>
        <source>Could not import %1: %2</source>
        <translation>无法导入 %1：%2</translation>
    </message>
    <message>
        <source>Reset &amp;Layout</source>
        <translation>重置布局(&amp;L)</translation>
    </message>
    <message>
        <source>Adding the findings to the case</source>
        <translation>正在将发现项加入案卷</translation>
    </message>
    <message>
        <source>&amp;Go to Panel</source>
        <translation>转到面板(&amp;G)</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>代码</translation>
    </message>
    <message>
        <source>Open in Code Viewer</source>
        <translation>在代码查看器中打开</translation>
    </message>
    <message>
        <source>Make Evidence For</source>
        <translation>设为以下模型的证据</translation>
    </message>
    <message>
        <source>Copy Location</source>
        <translation>复制位置</translation>
    </message>
    <message>
        <source>Copy Text</source>
        <translation>复制文本</translation>
    </message>
</context>
<context>
    <name>ChipTrace::PluginsDialog</name>
    <message>
        <source>About Plugins</source>
        <translation>关于插件</translation>
    </message>
    <message>
        <source>Evidence importers turn papers, archived pages and web pages into evidence. Searched: %1</source>
        <translation>证据导入器将论文、存档网页和网页转换为证据。搜索路径：%1</translation>
    </message>
    <message>
        <source>Plugins</source>
        <translation>插件</translation>
    </message>
    <message>
        <source>Plugin</source>
        <translation>插件</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>版本</translation>
    </message>
    <message>
        <source>Reads</source>
        <translation>读取格式</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>Load errors:</source>
        <translation>加载错误：</translation>
    </message>
    <message>
        <source>Plugin load errors</source>
        <translation>插件加载错误</translation>
    </message>
    <message>
        <source>None.</source>
        <translation>无。</translation>
    </message>
</context>
<context>
    <name>ChipTrace::Scan::HistoryScanner</name>
    <message>
        <source>%1 is not a git repository</source>
        <translation>%1 不是 git 仓库</translation>
    </message>
    <message>
        <source>Cannot list the references</source>
        <translation>无法列出引用</translation>
    </message>
    <message>
        <source>Cannot walk the history</source>
        <translation>无法遍历历史</translation>
    </message>
    <message>
        <source>History walk stopped early</source>
        <translation>历史遍历提前停止</translation>
    </message>
    <message>
        <source>Missing commit %1: skipped</source>
        <translation>缺少提交 %1：已跳过</translation>
    </message>
    <message>
        <source>Missing tree of commit %1: its changes are skipped</source>
        <translation>缺少提交 %1 的树：已跳过其更改</translation>
    </message>
    <message>
        <source>Cannot compare commit %1 with its parent; its changes are skipped</source>
        <translation>无法将提交 %1 与其父提交比较；已跳过其更改</translation>
    </message>
    <message>
        <source>Walked %1 commits</source>
        <translation>已遍历 %1 个提交</translation>
    </message>
    <message>
        <source>Missing object %1 (%2): skipped</source>
        <translation>缺少对象 %1（%2）：已跳过</translation>
    </message>
</context>
<context>
    <name>ChipTrace::Scan::Matcher</name>
    <message>
        <source>No signature rules are loaded.</source>
        <translation>未加载任何特征规则。</translation>
    </message>
    <message>
        <source>unknown error</source>
        <translation>未知错误</translation>
    </message>
    <message>
        <source>%1:%2: rule &quot;%3&quot;: pattern %4 cannot be compiled: %5</source>
        <translation>%1:%2：规则“%3”：无法编译模式 %4：%5</translation>
    </message>
    <message>
        <source>Out of memory allocating the matcher&apos;s scratch space.</source>
        <translation>为匹配器的暂存空间分配内存时内存不足。</translation>
    </message>
</context>
<context>
    <name>ChipTrace::Scan::Scanner</name>
    <message>
        <source>%1 does not exist.</source>
        <translation>%1 不存在。</translation>
    </message>
    <message>
        <source>%1 is not a folder; give the repository&apos;s folder.</source>
        <translation>%1 不是文件夹；请指定仓库的文件夹。</translation>
    </message>
    <message>
        <source>The scan was cancelled.</source>
        <translation>扫描已取消。</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
</context>
<context>
    <name>ChipTrace::Signatures::SignaturePack</name>
    <message>
        <source>a signature pack needs a top-level &quot;rules:&quot; list</source>
        <translation>特征包需要顶层的 &quot;rules:&quot; 列表</translation>
    </message>
    <message>
        <source>duplicate rule id</source>
        <translation>规则 id 重复</translation>
    </message>
    <message>
        <source>Cannot read signature pack %1: %2</source>
        <translation>无法读取特征包 %1：%2</translation>
    </message>
    <message>
        <source>missing field &quot;%1&quot;</source>
        <translation>缺少字段 &quot;%1&quot;</translation>
    </message>
    <message>
        <source>field &quot;%1&quot; must be text</source>
        <translation>字段 &quot;%1&quot; 必须是文本</translation>
    </message>
    <message>
        <source>field &quot;%1&quot; must be a list</source>
        <translation>字段 &quot;%1&quot; 必须是列表</translation>
    </message>
    <message>
        <source>items of &quot;%1&quot; must be text</source>
        <translation>&quot;%1&quot; 的条目必须是文本</translation>
    </message>
    <message>
        <source>examples.%1 must be a list</source>
        <translation>examples.%1 必须是列表</translation>
    </message>
    <message>
        <source>an example must be text or {text, path}</source>
        <translation>示例必须是文本或 {text, path}</translation>
    </message>
    <message>
        <source>within_lines must be a whole number &gt;= 0</source>
        <translation>within_lines 必须是 &gt;= 0 的整数</translation>
    </message>
    <message>
        <source>unknown context &quot;%1&quot; (use code, comment, string, prose)</source>
        <translation>未知的上下文 &quot;%1&quot;（可用 code、comment、string、prose）</translation>
    </message>
    <message>
        <source>field &quot;%1&quot; must be true or false</source>
        <translation>字段 &quot;%1&quot; 必须为 true 或 false</translation>
    </message>
    <message>
        <source>unknown field &quot;%1&quot;</source>
        <translation>未知字段 &quot;%1&quot;</translation>
    </message>
    <message>
        <source>a rule must be a mapping of fields</source>
        <translation>规则必须是字段映射</translation>
    </message>
    <message>
        <source>a rule needs at least one pattern</source>
        <translation>规则至少需要一个模式</translation>
    </message>
    <message>
        <source>strength must be proof, strong or hint</source>
        <translation>strength 必须为 proof、strong 或 hint</translation>
    </message>
    <message>
        <source>examples must hold match: and no_match: lists</source>
        <translation>examples 必须包含 match: 和 no_match: 列表</translation>
    </message>
    <message>
        <source>%1:%2</source>
        <translation>%1:%2</translation>
    </message>
    <message>
        <source>%1:%2: rule &quot;%3&quot;</source>
        <translation>%1:%2：规则“%3”</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>%1:%2: rule &quot;%3&quot; is defined twice</source>
        <translation>%1:%2：规则“%3”被定义了两次</translation>
    </message>
    <message>
        <source>%1:%2: rule &quot;%3&quot;: implies &quot;%4&quot;: %5</source>
        <translation>%1:%2：规则“%3”：implies “%4”：%5</translation>
    </message>
    <message>
        <source>%1:%2: rule &quot;%3&quot; refers to unknown rule &quot;%4&quot;</source>
        <translation>%1:%2：规则“%3”引用了未知规则“%4”</translation>
    </message>
</context>
<context>
    <name>ChipTrace::Ui::ChipCardModel</name>
    <message>
        <source>controlled</source>
        <translation>受管制</translation>
    </message>
    <message>
        <source>not controlled</source>
        <translation>不受管制</translation>
    </message>
    <message>
        <source>undecidable</source>
        <translation>无法判定</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>未知</translation>
    </message>
    <message>
        <source>Eliminated by step %1: %2</source>
        <translation>被步骤 %1 排除：%2</translation>
    </message>
    <message>
        <source>Still a candidate.</source>
        <translation>仍为候选。</translation>
    </message>
    <message>
        <source>%1, eliminated: %2</source>
        <translation>%1，已排除：%2</translation>
    </message>
    <message>
        <source>%1, candidate, %2</source>
        <translation>%1，候选，%2</translation>
    </message>
</context>
<context>
    <name>ChipTrace::Ui::CodeEditor</name>
    <message>
        <source>Source code</source>
        <translation>源代码</translation>
    </message>
    <message>
        <source>Hits in this file; click a mark to go there</source>
        <translation>本文件中的命中；点击标记可跳转到该处</translation>
    </message>
</context>
<context>
    <name>ChipTrace::Ui::CodeViewer</name>
    <message>
        <source>Shown file and version</source>
        <translation>显示的文件和版本</translation>
    </message>
    <message>
        <source>Find in file</source>
        <translation>在文件中查找</translation>
    </message>
    <message>
        <source>Next Hit</source>
        <translation>下一个匹配</translation>
    </message>
    <message>
        <source>Previous Hit</source>
        <translation>上一个匹配</translation>
    </message>
    <message>
        <source>Go to Line…</source>
        <translation>转到行…</translation>
    </message>
    <message>
        <source>Find in File…</source>
        <translation>在文件中查找…</translation>
    </message>
    <message>
        <source>Find previous</source>
        <translation>查找上一个</translation>
    </message>
    <message>
        <source>Find next</source>
        <translation>查找下一个</translation>
    </message>
    <message>
        <source>Close find bar</source>
        <translation>关闭查找栏</translation>
    </message>
    <message>
        <source>No file open. Double-click a finding or a file to show it here.</source>
        <translation>未打开文件。双击发现项或文件即可在此处显示。</translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;%1&lt;/b&gt; — %2 — %3 · %n hit(s)</source>
        <translation>
            <numerusform>&lt;b&gt;%1&lt;/b&gt; — %2 — %3 · %n 个匹配</numerusform>
        </translation>
    </message>
    <message>
        <source>plain text</source>
        <translation>纯文本</translation>
    </message>
    <message>
        <source>Go to Line</source>
        <translation>转到行</translation>
    </message>
    <message>
        <source>Line (1–%1):</source>
        <translation>行号（1–%1）：</translation>
    </message>
    <message>
        <source>Loading &lt;b&gt;%1&lt;/b&gt;…</source>
        <translation>正在加载 &lt;b&gt;%1&lt;/b&gt;…</translation>
    </message>
    <message>
        <source>Match case</source>
        <translation>区分大小写</translation>
    </message>
    <message>
        <source>Regular expression</source>
        <translation>正则表达式</translation>
    </message>
</context>
<context>
    <name>ChipTrace::Ui::EvidenceEditor</name>
    <message>
        <source>&amp;Save Changes</source>
        <translation>保存更改(&amp;S)</translation>
    </message>
    <message>
        <source>Delete Item</source>
        <translation>删除条目</translation>
    </message>
    <message>
        <source>supports</source>
        <translation>支持</translation>
    </message>
    <message>
        <source>contradicts</source>
        <translation>反驳</translation>
    </message>
    <message>
        <source>qualifies</source>
        <translation>限定</translation>
    </message>
    <message>
        <source>training</source>
        <translation>训练</translation>
    </message>
    <message>
        <source>fine-tuning</source>
        <translation>微调</translation>
    </message>
    <message>
        <source>inference</source>
        <translation>推理</translation>
    </message>
    <message>
        <source>hint (ranks only)</source>
        <translation>提示（仅排序）</translation>
    </message>
    <message>
        <source>strong</source>
        <translation>强</translation>
    </message>
    <message>
        <source>proof</source>
        <translation>确证</translation>
    </message>
    <message>
        <source>A — completely reliable</source>
        <translation>A — 完全可靠</translation>
    </message>
    <message>
        <source>B — usually reliable</source>
        <translation>B — 通常可靠</translation>
    </message>
    <message>
        <source>C — fairly reliable</source>
        <translation>C — 比较可靠</translation>
    </message>
    <message>
        <source>D — not usually reliable</source>
        <translation>D — 通常不可靠</translation>
    </message>
    <message>
        <source>E — unreliable</source>
        <translation>E — 不可靠</translation>
    </message>
    <message>
        <source>F — cannot be judged</source>
        <translation>F — 无法判断</translation>
    </message>
    <message>
        <source>1 — confirmed</source>
        <translation>1 — 已证实</translation>
    </message>
    <message>
        <source>2 — probably true</source>
        <translation>2 — 可能属实</translation>
    </message>
    <message>
        <source>3 — possibly true</source>
        <translation>3 — 或许属实</translation>
    </message>
    <message>
        <source>4 — doubtful</source>
        <translation>4 — 存疑</translation>
    </message>
    <message>
        <source>5 — improbable</source>
        <translation>5 — 不大可能</translation>
    </message>
    <message>
        <source>6 — cannot be judged</source>
        <translation>6 — 无法判断</translation>
    </message>
    <message>
        <source>Stance</source>
        <translation>立场</translation>
    </message>
    <message>
        <source>Scope</source>
        <translation>范围</translation>
    </message>
    <message>
        <source>Funnel constraint</source>
        <translation>筛选漏斗约束</translation>
    </message>
    <message>
        <source>e.g. vendor = NVIDIA and cc &gt;= 8.0</source>
        <translation>例如 vendor = NVIDIA and cc &gt;= 8.0</translation>
    </message>
    <message>
        <source>Strength</source>
        <translation>强度</translation>
    </message>
    <message>
        <source>Source reliability</source>
        <translation>来源可靠性</translation>
    </message>
    <message>
        <source>Information credibility</source>
        <translation>信息可信度</translation>
    </message>
    <message>
        <source>Rationale</source>
        <translation>理由</translation>
    </message>
    <message>
        <source>Save the evidence changes</source>
        <translation>保存对证据的更改</translation>
    </message>
    <message>
        <source>Delete this evidence item</source>
        <translation>删除此证据条目</translation>
    </message>
    <message>
        <source>Constraint</source>
        <translation>约束</translation>
    </message>
    <message>
        <source>Reliability</source>
        <translation>可靠性</translation>
    </message>
    <message>
        <source>Credibility</source>
        <translation>可信度</translation>
    </message>
</context>
<context>
    <name>ChipTrace::Ui::EvidenceModel</name>
    <message>
        <source>accepted</source>
        <translation>已接受</translation>
    </message>
    <message>
        <source>disputed</source>
        <translation>有争议</translation>
    </message>
    <message>
        <source>rejected</source>
        <translation>已驳回</translation>
    </message>
    <message>
        <source>proposed</source>
        <translation>待审</translation>
    </message>
    <message>
        <source>contradicts</source>
        <translation>反驳</translation>
    </message>
    <message>
        <source>qualifies</source>
        <translation>限定</translation>
    </message>
    <message>
        <source>supports</source>
        <translation>支持</translation>
    </message>
    <message>
        <source>(no model)</source>
        <translation>（无模型）</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>证据</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>来源</translation>
    </message>
    <message>
        <source>Reliability</source>
        <translation>可靠性</translation>
    </message>
    <message>
        <source>Strength</source>
        <translation>强度</translation>
    </message>
    <message>
        <source>Constraint</source>
        <translation>约束</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>审阅</translation>
    </message>
    <message>
        <source>Comments</source>
        <translation>评论</translation>
    </message>
</context>
<context>
    <name>ChipTrace::Ui::EvidencePanel</name>
    <message>
        <source>Evidence board</source>
        <translation>证据面板</translation>
    </message>
    <message>
        <source>Accept the selected evidence</source>
        <translation>接受所选证据</translation>
    </message>
    <message>
        <source>Comment on the selected evidence</source>
        <translation>评论所选证据</translation>
    </message>
    <message>
        <source>&amp;Accept</source>
        <translation>接受(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Dispute</source>
        <translation>提出争议(&amp;D)</translation>
    </message>
    <message>
        <source>Dispute the selected evidence (with the note, if any)</source>
        <translation>对所选证据提出争议（附带备注，如有）</translation>
    </message>
    <message>
        <source>Re&amp;ject</source>
        <translation>驳回(&amp;J)</translation>
    </message>
    <message>
        <source>Reject the selected evidence (with the note, if any)</source>
        <translation>驳回所选证据（附带备注，如有）</translation>
    </message>
    <message>
        <source>&amp;Comment…</source>
        <translation>评论(&amp;C)…</translation>
    </message>
    <message>
        <source>De&amp;lete</source>
        <translation>删除(&amp;L)</translation>
    </message>
    <message>
        <source>Delete the selected evidence</source>
        <translation>删除所选证据</translation>
    </message>
    <message>
        <source>Note for the verdict (optional)</source>
        <translation>裁定备注（可选）</translation>
    </message>
    <message>
        <source>Review note</source>
        <translation>审阅备注</translation>
    </message>
</context>
<context>
    <name>ChipTrace::Ui::FindingsModel</name>
    <message>
        <source>Strength</source>
        <translation>强度</translation>
    </message>
    <message>
        <source>Family</source>
        <translation>系列</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>规则</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>位置</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>文本</translation>
    </message>
    <message>
        <source>Context</source>
        <translation>上下文</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>First seen</source>
        <translation>首次出现</translation>
    </message>
    <message>
        <source>%1 (vendored)</source>
        <translation>%1（第三方内置）</translation>
    </message>
    <message>
        <source>at HEAD</source>
        <translation>位于 HEAD</translation>
    </message>
    <message>
        <source>removed %1</source>
        <translation>已于 %1 删除</translation>
    </message>
    <message>
        <source>Implies: %1</source>
        <translation>隐含：%1</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>证据</translation>
    </message>
    <message>
        <source>found, scan running</source>
        <translation>已发现，扫描进行中</translation>
    </message>
</context>
<context>
    <name>ChipTrace::Ui::FindingsPanel</name>
    <message>
        <source>Findings</source>
        <translation>发现项</translation>
    </message>
    <message>
        <source>Filter by family</source>
        <translation>按系列筛选</translation>
    </message>
    <message>
        <source>Minimum strength</source>
        <translation>最低强度</translation>
    </message>
    <message>
        <source>Any strength</source>
        <translation>任意强度</translation>
    </message>
    <message>
        <source>Strong or proof</source>
        <translation>强或确证</translation>
    </message>
    <message>
        <source>Proof only</source>
        <translation>仅确证</translation>
    </message>
    <message>
        <source>Filter by context</source>
        <translation>按上下文筛选</translation>
    </message>
    <message>
        <source>Any context</source>
        <translation>任意上下文</translation>
    </message>
    <message>
        <source>At HEAD or removed</source>
        <translation>位于 HEAD 或已删除</translation>
    </message>
    <message>
        <source>At HEAD and removed</source>
        <translation>位于 HEAD 且已删除</translation>
    </message>
    <message>
        <source>At HEAD</source>
        <translation>位于 HEAD</translation>
    </message>
    <message>
        <source>Removed</source>
        <translation>已删除</translation>
    </message>
    <message>
        <source>Search rule, path, text, chip…</source>
        <translation>搜索规则、路径、文本、芯片…</translation>
    </message>
    <message>
        <source>Search findings</source>
        <translation>搜索发现项</translation>
    </message>
    <message>
        <source>Any family</source>
        <translation>任意系列</translation>
    </message>
    <message>
        <source>Vendored code</source>
        <translation>第三方内置代码</translation>
    </message>
    <message>
        <source>Own and vendored code</source>
        <translation>自有代码和第三方内置代码</translation>
    </message>
    <message>
        <source>Own code only</source>
        <translation>仅自有代码</translation>
    </message>
    <message>
        <source>Vendored code only</source>
        <translation>仅第三方内置代码</translation>
    </message>
    <message>
        <source>Hits in vendored code (third_party/, vendor/, ...) say less about the lab&apos;s own hardware</source>
        <translation>第三方内置代码（third_party/、vendor/ 等）中的命中对实验室自身硬件的说明力较弱</translation>
    </message>
    <message>
        <source>Filter by source</source>
        <translation>按来源筛选</translation>
    </message>
    <message>
        <source>All sources</source>
        <translation>所有来源</translation>
    </message>
</context>
<context>
    <name>ChipTrace::Ui::FunnelController</name>
    <message numerus="yes">
        <source>%n chip(s) kept because a figure is unknown</source>
        <translation>
            <numerusform>%n 款芯片因某项数值未知而保留</numerusform>
        </translation>
    </message>
    <message>
        <source>removed %1 in %2</source>
        <translation>删除于 %1，提交 %2</translation>
    </message>
    <message>
        <source>%1 released</source>
        <translation>%1 发布</translation>
    </message>
    <message>
        <source>%1 training starts</source>
        <translation>%1 开始训练</translation>
    </message>
    <message>
        <source>%1 training ends</source>
        <translation>%1 结束训练</translation>
    </message>
    <message>
        <source>The constraint cannot be read, so this step applies nothing: %1</source>
        <translation>无法读取约束，因此此步骤不应用任何内容：%1</translation>
    </message>
    <message>
        <source>Move funnel step</source>
        <translation>移动筛选漏斗步骤</translation>
    </message>
    <message>
        <source>Enable funnel step</source>
        <translation>启用筛选漏斗步骤</translation>
    </message>
    <message>
        <source>Disable funnel step</source>
        <translation>停用筛选漏斗步骤</translation>
    </message>
    <message>
        <source>Set funnel date to %1</source>
        <translation>将筛选漏斗日期设为 %1</translation>
    </message>
    <message>
        <source>added %1 in %2 by %3</source>
        <translation>%1 由 %3 在提交 %2 中添加</translation>
    </message>
    <message>
        <source>%1, %2, %3</source>
        <translation>%1，%2，%3</translation>
    </message>
    <message>
        <source>%1, captured %2</source>
        <translation>%1，采集于 %2</translation>
    </message>
    <message>
        <source>no longer applies from %1</source>
        <translation>自 %1 起不再适用</translation>
    </message>
</context>
<context>
    <name>ChipTrace::Ui::FunnelStepModel</name>
    <message>
        <source>conflict: would eliminate every remaining candidate, not applied</source>
        <translation>冲突：将排除所有剩余候选，未应用</translation>
    </message>
    <message>
        <source>hint: ranks candidates, eliminates none</source>
        <translation>提示：对候选排序，不排除任何候选</translation>
    </message>
    <message>
        <source>disabled</source>
        <translation>已停用</translation>
    </message>
    <message>
        <source>applied: %1 → %2 candidates</source>
        <translation>已应用：%1 → %2 个候选</translation>
    </message>
    <message>
        <source>not applied: the constraint cannot be read</source>
        <translation>未应用：无法读取约束</translation>
    </message>
</context>
<context>
    <name>ChipTrace::Ui::FunnelView</name>
    <message>
        <source>Candidates remaining</source>
        <translation>剩余候选</translation>
    </message>
    <message>
        <source>Funnel steps</source>
        <translation>筛选漏斗步骤</translation>
    </message>
    <message>
        <source>Candidate accelerators</source>
        <translation>候选加速器</translation>
    </message>
    <message>
        <source>Candidates remaining after each step</source>
        <translation>每个步骤后剩余的候选</translation>
    </message>
    <message>
        <source>Candidates remaining chart</source>
        <translation>剩余候选图表</translation>
    </message>
    <message>
        <source>No step applied</source>
        <translation>未应用任何步骤</translation>
    </message>
    <message>
        <source>Previous step</source>
        <translation>上一步</translation>
    </message>
    <message>
        <source>Next step</source>
        <translation>下一步</translation>
    </message>
    <message>
        <source>All steps applied</source>
        <translation>已应用所有步骤</translation>
    </message>
    <message>
        <source>Replay the funnel</source>
        <translation>重放筛选漏斗</translation>
    </message>
    <message>
        <source>Status at:</source>
        <translation>状态日期：</translation>
    </message>
    <message>
        <source>Export-control date</source>
        <translation>出口管制日期</translation>
    </message>
    <message>
        <source>Export-control date slider</source>
        <translation>出口管制日期滑块</translation>
    </message>
    <message>
        <source>Catalog</source>
        <translation>目录</translation>
    </message>
    <message>
        <source>No evidence in the funnel yet: make findings evidence to add steps.</source>
        <translation>筛选漏斗中尚无证据：将发现项设为证据即可添加步骤。</translation>
    </message>
    <message>
        <source>Step %1 of %2 — %3 candidate(s) remain</source>
        <translation>第 %1 步，共 %2 步 — 剩余 %3 个候选</translation>
    </message>
    <message>
        <source>Reviewed evidence only</source>
        <translation>仅限已审阅的证据</translation>
    </message>
    <message>
        <source>Count only evidence accepted in review, as the briefing does. Otherwise proposed evidence counts too.</source>
        <translation>与简报一致，只计入审阅中已接受的证据。否则待审证据也会计入。</translation>
    </message>
    <message>
        <source>Check a step to apply it; drag it, or press Alt+Up or Alt+Down, to move it.</source>
        <translation>勾选步骤即可应用；拖动步骤或按 Alt+Up / Alt+Down 可移动它。</translation>
    </message>
</context>
<context>
    <name>ChipTrace::Ui::InspectorPanel</name>
    <message>
        <source>Inspector</source>
        <translation>检查器</translation>
    </message>
    <message>
        <source>Add a comment to this evidence and press Enter</source>
        <translation>为此证据添加评论并按 Enter</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>评论</translation>
    </message>
    <message>
        <source>&lt;p&gt;No case is open. Use &lt;b&gt;File › Open Demo Case&lt;/b&gt; to try the method.&lt;/p&gt;</source>
        <translation>&lt;p&gt;尚未打开案卷。使用&lt;b&gt;文件 › 打开演示案卷&lt;/b&gt;来试用该方法。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Family</source>
        <translation>系列</translation>
    </message>
    <message>
        <source>Strength</source>
        <translation>强度</translation>
    </message>
    <message>
        <source>Implies</source>
        <translation>隐含</translation>
    </message>
    <message>
        <source>Chips</source>
        <translation>芯片</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>位置</translation>
    </message>
    <message>
        <source>Context</source>
        <translation>上下文</translation>
    </message>
    <message>
        <source> (vendored)</source>
        <translation> （第三方内置）</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>文本</translation>
    </message>
    <message>
        <source>First seen</source>
        <translation>首次出现</translation>
    </message>
    <message>
        <source>At HEAD</source>
        <translation>位于 HEAD</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>no — removed in %1 on %2</source>
        <translation>否 — 已在 %1 中于 %2 删除</translation>
    </message>
    <message>
        <source>Evidence for %1</source>
        <translation>%1 的证据</translation>
    </message>
    <message>
        <source>Quote</source>
        <translation>引文</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>来源</translation>
    </message>
    <message>
        <source>Stance</source>
        <translation>立场</translation>
    </message>
    <message>
        <source>Scope</source>
        <translation>范围</translation>
    </message>
    <message>
        <source>Reliability</source>
        <translation>可靠性</translation>
    </message>
    <message>
        <source>Constraint</source>
        <translation>约束</translation>
    </message>
    <message>
        <source>Rationale</source>
        <translation>理由</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>审阅</translation>
    </message>
    <message>
        <source>Author</source>
        <translation>作者</translation>
    </message>
    <message>
        <source>Review thread</source>
        <translation>审阅记录</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; %2 %3</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; %2 %3</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;: %2</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;：%2</translation>
    </message>
    <message>
        <source>No reviews or comments yet.</source>
        <translation>尚无审阅或评论。</translation>
    </message>
    <message>
        <source>Rule %1</source>
        <translation>规则 %1</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>nothing (recorded only)</source>
        <translation>无（仅记录）</translation>
    </message>
    <message>
        <source>References</source>
        <translation>参考资料</translation>
    </message>
    <message>
        <source>Can mislead</source>
        <translation>可能误导</translation>
    </message>
</context>
<context>
    <name>ChipTrace::Ui::JobRunner</name>
    <message>
        <source>Background job progress</source>
        <translation>后台任务进度</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Cancel the background job</source>
        <translation>取消后台任务</translation>
    </message>
</context>
<context>
    <name>ChipTrace::Ui::TimelineView</name>
    <message>
        <source>Evidence timeline</source>
        <translation>证据时间线</translation>
    </message>
    <message>
        <source>No dated evidence yet: scan a repository with its history.</source>
        <translation>尚无带日期的证据：请连同历史一起扫描仓库。</translation>
    </message>
    <message>
        <source>Funnel date</source>
        <translation>筛选漏斗日期</translation>
    </message>
    <message>
        <source>Funnel date %1</source>
        <translation>筛选漏斗日期 %1</translation>
    </message>
    <message numerus="yes">
        <source>%n more lane(s) not shown: the evidence items, the strongest and the removed findings are kept.</source>
        <translation>
            <numerusform>另有 %n 条轨道未显示：已保留证据项、最强的发现项和已移除的发现项。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n evidence item(s) have no date to draw.</source>
        <translation>
            <numerusform>%n 个证据项没有可绘制的日期。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ChipTrace::Ui::Workbench</name>
    <message>
        <source>Open or create a case first.</source>
        <translation>请先打开或创建案卷。</translation>
    </message>
    <message>
        <source>Add repository %1</source>
        <translation>添加仓库 %1</translation>
    </message>
    <message>
        <source>Add a model to the case before making evidence.</source>
        <translation>生成证据前，请先向案卷添加模型。</translation>
    </message>
    <message>
        <source>Select at least one finding.</source>
        <translation>请至少选择一个发现项。</translation>
    </message>
    <message numerus="yes">
        <source>Make %n finding(s) evidence</source>
        <translation>
            <numerusform>将 %n 个发现项生成为证据</numerusform>
        </translation>
    </message>
    <message>
        <source>Open a case first.</source>
        <translation>请先打开案卷。</translation>
    </message>
    <message>
        <source>The repository is not on this computer; fetch it first.</source>
        <translation>该仓库不在此计算机上；请先获取。</translation>
    </message>
    <message>
        <source>The case was closed during the scan.</source>
        <translation>扫描期间案卷已被关闭。</translation>
    </message>
    <message>
        <source>The repository was removed from the case during the scan.</source>
        <translation>扫描期间该仓库已从案卷中移除。</translation>
    </message>
    <message>
        <source>Scan of %1: nothing new.</source>
        <translation>扫描 %1：没有新内容。</translation>
    </message>
    <message numerus="yes">
        <source>Scan of %1: %n new finding(s).</source>
        <translation>
            <numerusform>扫描 %1：%n 个新发现项。</numerusform>
        </translation>
    </message>
    <message>
        <source>No such repository in the case.</source>
        <translation>案卷中没有此仓库。</translation>
    </message>
    <message>
        <source>added in %1 (%2) by %3</source>
        <translation>由 %3 在 %1（%2）中添加</translation>
    </message>
    <message>
        <source>removed in %1 (%2)</source>
        <translation>在 %1（%2）中删除</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <source>The finding is not in this case.</source>
        <translation>该发现项不在此案卷中。</translation>
    </message>
    <message>
        <source>The repository of this finding is not on this computer.</source>
        <translation>此发现项所属的仓库不在此计算机上。</translation>
    </message>
    <message>
        <source>history, blob %1</source>
        <translation>历史，blob %1</translation>
    </message>
    <message>
        <source>This hit is no longer in the repository: %1.</source>
        <translation>此命中已不在仓库中：%1。</translation>
    </message>
    <message>
        <source>working tree</source>
        <translation>工作树</translation>
    </message>
    <message>
        <source>This hit was %1.</source>
        <translation>此命中%1。</translation>
    </message>
    <message>
        <source>No local repository is selected.</source>
        <translation>未选择本地仓库。</translation>
    </message>
    <message>
        <source>%1 evidence · %2 accepted · %3 disputed · %4 rejected</source>
        <translation>证据 %1 · 已接受 %2 · 有争议 %3 · 已驳回 %4</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>案卷</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>详情</translation>
    </message>
    <message>
        <source>Labs</source>
        <translation>实验室</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>来源</translation>
    </message>
    <message numerus="yes">
        <source>%1 · %n finding(s)</source>
        <translation>
            <numerusform>%1 · %n 个发现项</numerusform>
        </translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>证据</translation>
    </message>
    <message>
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>Hits</source>
        <translation>命中</translation>
    </message>
    <message>
        <source>%1 (removed)</source>
        <translation>%1（已删除）</translation>
    </message>
    <message>
        <source>Only in the history: deleted before HEAD</source>
        <translation>仅存在于历史中：在 HEAD 之前已删除</translation>
    </message>
    <message>
        <source>The selected finding(s) already are evidence for %1.</source>
        <translation>所选发现项已是 %1 的证据。</translation>
    </message>
    <message>
        <source>The evidence item is not in this case.</source>
        <translation>该证据条目不在此案卷中。</translation>
    </message>
    <message>
        <source>Edit evidence</source>
        <translation>编辑证据</translation>
    </message>
    <message>
        <source>Delete evidence</source>
        <translation>删除证据</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Files of %1</source>
        <translation>%1 的文件</translation>
    </message>
    <message>
        <source>%1 is not a file.</source>
        <translation>%1 不是文件。</translation>
    </message>
    <message>
        <source>The case was closed during the import.</source>
        <translation>导入期间案卷已被关闭。</translation>
    </message>
    <message>
        <source>Import %1</source>
        <translation>导入 %1</translation>
    </message>
    <message numerus="yes">
        <source>Imported %1: %n claim(s).</source>
        <translation>
            <numerusform>已导入 %1：%n 条声明。</numerusform>
        </translation>
    </message>
    <message>
        <source>The scan&apos;s findings are being added to the case; try again in a moment.</source>
        <translation>正在将扫描得到的发现项加入案卷，请稍后再试。</translation>
    </message>
    <message>
        <source>The findings were not added; the case is unchanged.</source>
        <translation>发现项未被加入；案卷未改变。</translation>
    </message>
    <message>
        <source>history: as committed in %1 (%2), blob %3</source>
        <translation>历史：提交 %1 中的版本（%2），blob %3</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <source>Usage: chiptrace [options] [case file]</source>
        <translation>用法：chiptrace [选项] [案卷文件]</translation>
    </message>
    <message>
        <source>       chiptrace &lt;command&gt; [arguments]</source>
        <translation>       chiptrace &lt;command&gt; [参数]</translation>
    </message>
    <message>
        <source>With no command, the workbench opens (on the demo case if no case is given).</source>
        <translation>不带命令时打开工作台（未指定案卷时打开演示案卷）。</translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation>命令：</translation>
    </message>
    <message>
        <source>Options:</source>
        <translation>选项：</translation>
    </message>
    <message>
        <source>Show this help</source>
        <translation>显示本帮助</translation>
    </message>
    <message>
        <source>Show the version</source>
        <translation>显示版本</translation>
    </message>
    <message>
        <source>Run &apos;chiptrace &lt;command&gt; --help&apos; for the options of a command.</source>
        <translation>运行 &apos;chiptrace &lt;command&gt; --help&apos; 查看该命令的选项。</translation>
    </message>
    <message>
        <source>Unknown option %1; see chiptrace --help</source>
        <translation>未知选项 %1；请参阅 chiptrace --help</translation>
    </message>
    <message>
        <source>Print the version of ChipTrace and of the libraries it uses</source>
        <translation>显示 ChipTrace 及其所用库的版本</translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s)</source>
        <translation>
            <numerusform>%n 个问题</numerusform>
        </translation>
    </message>
    <message>
        <source>Create, inspect, verify, export, import and merge case files</source>
        <translation>创建、查看、验证、导出、导入和合并案卷文件</translation>
    </message>
    <message>
        <source>List the accelerator catalog, or show accelerators with their sources</source>
        <translation>列出加速器目录，或显示加速器及其来源</translation>
    </message>
    <message>
        <source>Export-control status of an accelerator on a date, with the reason</source>
        <translation>加速器在某一日期的出口管制状态及理由</translation>
    </message>
    <message>
        <source>Clone a repository into the ChipTrace store (full history unless --depth); an already stored one is fetched instead.</source>
        <translation>将仓库克隆到 ChipTrace 存储中（除非指定 --depth，否则包含完整历史）；如已存储，则改为获取更新。</translation>
    </message>
    <message>
        <source>https, ssh, git:// URL or local path</source>
        <translation>https、ssh、git:// URL 或本地路径</translation>
    </message>
    <message>
        <source>Only the last N commits</source>
        <translation>仅最近 N 个提交</translation>
    </message>
    <message>
        <source>Keep only the git data, write no files</source>
        <translation>仅保留 git 数据，不写入文件</translation>
    </message>
    <message>
        <source>No progress output</source>
        <translation>不输出进度</translation>
    </message>
    <message>
        <source>Clone a repository into the ChipTrace store</source>
        <translation>将仓库克隆到 ChipTrace 存储中</translation>
    </message>
    <message>
        <source>Store or remove a token for private repositories in the system keychain</source>
        <translation>在系统钥匙串中保存或删除用于私有仓库的令牌</translation>
    </message>
    <message>
        <source>Fetch a stored repository (by its URL or its folder in the store) and report what changed: new commits, force-pushed or deleted branches and tags.</source>
        <translation>获取已存储的仓库（通过其 URL 或其在存储中的文件夹）并报告变更：新提交、被强制推送或删除的分支和标签。</translation>
    </message>
    <message>
        <source>URL or store folder</source>
        <translation>URL 或存储文件夹</translation>
    </message>
    <message>
        <source>Update a stored repository and report what changed</source>
        <translation>更新已存储的仓库并报告变更</translation>
    </message>
    <message>
        <source>Apply evidence constraints to the accelerator catalog and show what remains</source>
        <translation>将证据约束应用于加速器目录并显示剩余结果</translation>
    </message>
    <message>
        <source>Wrote %1: %2 pages, content sha256 %3</source>
        <translation>已写入 %1：%2 页，内容 sha256 %3</translation>
    </message>
    <message>
        <source>Export the PDF briefing of a case</source>
        <translation>导出案卷的 PDF 简报</translation>
    </message>
    <message>
        <source>Scan a repository for hardware signatures and chip claims.</source>
        <translation>扫描仓库中的硬件特征和芯片声明。</translation>
    </message>
    <message>
        <source>Scan every commit of the git history, not only the working tree.</source>
        <translation>扫描 git 历史中的每个提交，而不仅是工作树。</translation>
    </message>
    <message>
        <source>Also load the signature pack FILE (repeatable).</source>
        <translation>同时加载特征包 FILE（可重复）。</translation>
    </message>
    <message>
        <source>Do not load the signature packs shipped with ChipTrace.</source>
        <translation>不加载 ChipTrace 自带的特征包。</translation>
    </message>
    <message>
        <source>Output format: text, json or sarif.</source>
        <translation>输出格式：text、json 或 sarif。</translation>
    </message>
    <message>
        <source>Write the report to FILE instead of standard output.</source>
        <translation>将报告写入 FILE，而不是标准输出。</translation>
    </message>
    <message>
        <source>Give exactly one PATH.</source>
        <translation>请只指定一个 PATH。</translation>
    </message>
    <message>
        <source>Unknown format &quot;%1&quot;: use text, json or sarif.</source>
        <translation>未知格式“%1”：请使用 text、json 或 sarif。</translation>
    </message>
    <message>
        <source>warning: %1</source>
        <translation>警告：%1</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <source>Scan a repository (working tree or whole history) for hardware signatures and claims</source>
        <translation>扫描仓库（工作树或完整历史）中的硬件特征和声明</translation>
    </message>
    <message>
        <source>List, remove or prune repositories in the ChipTrace store</source>
        <translation>列出、删除或清理 ChipTrace 存储中的仓库</translation>
    </message>
    <message>
        <source>Add repositories (with history) and documents to a case</source>
        <translation>向案卷添加仓库（含历史）和文档</translation>
    </message>
    <message>
        <source>The repository&apos;s folder, or a URL to clone (or update) into the store and scan.</source>
        <translation>仓库的文件夹，或要克隆（或更新）到存储中并进行扫描的 URL。</translation>
    </message>
    <message>
        <source>Print every loaded pattern, one per line (for other tools), and exit.</source>
        <translation>打印所有已加载的模式（每行一个，供其他工具使用），然后退出。</translation>
    </message>
    <message>
        <source>Cloned %1</source>
        <translation>已克隆 %1</translation>
    </message>
    <message>
        <source>Fetched %1</source>
        <translation>已获取 %1</translation>
    </message>
    <message>
        <source>Path: %1</source>
        <translation>路径：%1</translation>
    </message>
    <message>
        <source>HEAD: %1</source>
        <translation>HEAD：%1</translation>
    </message>
    <message>
        <source>Not written (unsafe path): %1</source>
        <translation>未写入（不安全路径）：%1</translation>
    </message>
    <message>
        <source>Submodule not fetched: %1</source>
        <translation>子模块未获取：%1</translation>
    </message>
    <message>
        <source>Cloned %1 into %2</source>
        <translation>已将 %1 克隆到 %2</translation>
    </message>
    <message>
        <source>Fetched %1 in %2</source>
        <translation>已在 %2 中获取 %1</translation>
    </message>
    <message>
        <source>Act as this reviewer (default: the configured identity, else the OS user).</source>
        <translation>以此审阅人身份操作（默认：已配置的身份，否则为操作系统用户）。</translation>
    </message>
    <message>
        <source>Usage: chiptrace %1 %2</source>
        <translation>用法：chiptrace %1 %2</translation>
    </message>
    <message>
        <source>The case title (default: the file name).</source>
        <translation>案卷标题（默认：文件名）。</translation>
    </message>
    <message>
        <source>The question the case answers.</source>
        <translation>案卷要回答的问题。</translation>
    </message>
    <message>
        <source>Create a new case file.</source>
        <translation>创建新的案卷文件。</translation>
    </message>
    <message>
        <source>Print JSON.</source>
        <translation>输出 JSON。</translation>
    </message>
    <message>
        <source>Show what a case holds.</source>
        <translation>显示案卷包含的内容。</translation>
    </message>
    <message>
        <source>Case:      %1 (%2)</source>
        <translation>案卷：     %1（%2）</translation>
    </message>
    <message>
        <source>Question:  %1</source>
        <translation>问题：     %1</translation>
    </message>
    <message>
        <source>Format:    %1</source>
        <translation>格式：     %1</translation>
    </message>
    <message>
        <source>Modified:  %1</source>
        <translation>修改时间： %1</translation>
    </message>
    <message>
        <source>Labs %1, models %2, sources %3, findings %4</source>
        <translation>实验室 %1，模型 %2，来源 %3，发现项 %4</translation>
    </message>
    <message>
        <source>Evidence %1: %2 proposed, %3 accepted, %4 disputed, %5 rejected</source>
        <translation>证据 %1：待审 %2，已接受 %3，有争议 %4，已驳回 %5</translation>
    </message>
    <message>
        <source>Comments %1, conclusions %2, open conflicts %3, audit entries %4</source>
        <translation>评论 %1，结论 %2，未解决冲突 %3，审计条目 %4</translation>
    </message>
    <message>
        <source>Check a case&apos;s audit trail, rows and captured copies for tampering.</source>
        <translation>检查案卷的审计记录、数据行和采集副本是否被篡改。</translation>
    </message>
    <message>
        <source>PROBLEM: %1</source>
        <translation>问题：%1</translation>
    </message>
    <message>
        <source>%1 audit entries, %2 rows, %3 captured copies checked: %4</source>
        <translation>已检查 %1 条审计条目、%2 行数据、%3 份采集副本：%4</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>正常</translation>
    </message>
    <message>
        <source>Write a case and its captured copies as one bundle file.</source>
        <translation>将案卷及其采集副本写入一个打包文件。</translation>
    </message>
    <message>
        <source>Unpack a bundle into a new case file.</source>
        <translation>将打包文件解包为新的案卷文件。</translation>
    </message>
    <message>
        <source>Merge another copy of the case (a bundle or a case file) into CASE.</source>
        <translation>将案卷的另一份副本（打包文件或案卷文件）合并到 CASE 中。</translation>
    </message>
    <message>
        <source>%1 added, %2 updated, %3 unchanged, %4 conflict(s)</source>
        <translation>新增 %1，更新 %2，未变 %3，冲突 %4</translation>
    </message>
    <message>
        <source>CONFLICT: %1 %2 differs in both copies; ours is kept until resolved in the workbench.</source>
        <translation>冲突：%1 %2 在两份副本中均有不同；在工作台中解决之前保留我方版本。</translation>
    </message>
    <message>
        <source>Usage: chiptrace case new|info|verify|export|import|merge ... (see chiptrace case &lt;command&gt; --help)</source>
        <translation>用法：chiptrace case new|info|verify|export|import|merge ...（参见 chiptrace case &lt;command&gt; --help）</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Vendor</source>
        <translation>厂商</translation>
    </message>
    <message>
        <source>Arch</source>
        <translation>架构</translation>
    </message>
    <message>
        <source>CC</source>
        <translation>CC</translation>
    </message>
    <message>
        <source>Segment</source>
        <translation>细分市场</translation>
    </message>
    <message>
        <source>Mem GB</source>
        <translation>显存 GB</translation>
    </message>
    <message>
        <source>TPP</source>
        <translation>TPP</translation>
    </message>
    <message>
        <source>PD</source>
        <translation>PD</translation>
    </message>
    <message>
        <source>~ unverified figure, ? unknown. &apos;chiptrace catalog CHIP&apos; shows one entry with its sources.</source>
        <translation>~ 未核实数值，? 未知。&apos;chiptrace catalog CHIP&apos; 显示单个条目及其来源。</translation>
    </message>
    <message>
        <source>Vendor / family</source>
        <translation>厂商 / 系列</translation>
    </message>
    <message>
        <source>Architecture / die</source>
        <translation>架构 / 裸片</translation>
    </message>
    <message>
        <source>Aliases</source>
        <translation>别名</translation>
    </message>
    <message>
        <source>Compute capability</source>
        <translation>计算能力</translation>
    </message>
    <message>
        <source>Released</source>
        <translation>发布时间</translation>
    </message>
    <message>
        <source>Memory</source>
        <translation>内存</translation>
    </message>
    <message>
        <source>Dense TOPS fp16/fp8/int8/fp4</source>
        <translation>稠密 TOPS fp16/fp8/int8/fp4</translation>
    </message>
    <message>
        <source>Formats bf16/fp8/fp4/tf32</source>
        <translation>格式 bf16/fp8/fp4/tf32</translation>
    </message>
    <message>
        <source>Features</source>
        <translation>特性</translation>
    </message>
    <message>
        <source>Interconnect</source>
        <translation>互连</translation>
    </message>
    <message>
        <source>GPUDirect RDMA</source>
        <translation>GPUDirect RDMA</translation>
    </message>
    <message>
        <source>Die area mm2</source>
        <translation>裸片面积 mm2</translation>
    </message>
    <message>
        <source>Collective / stack</source>
        <translation>集合通信 / 软件栈</translation>
    </message>
    <message>
        <source>China-specific / origin</source>
        <translation>中国特供 / 原产地</translation>
    </message>
    <message>
        <source>TPP / PD (computed)</source>
        <translation>TPP / PD（计算值）</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Sources:</source>
        <translation>来源：</translation>
    </message>
    <message>
        <source>List the accelerator catalog, or show the named accelerators.</source>
        <translation>列出加速器目录，或显示指定的加速器。</translation>
    </message>
    <message>
        <source>Optional names or aliases to show.</source>
        <translation>要显示的名称或别名（可选）。</translation>
    </message>
    <message>
        <source>text, json or csv.</source>
        <translation>text、json 或 csv。</translation>
    </message>
    <message>
        <source>--format takes text, json or csv.</source>
        <translation>--format 可取 text、json 或 csv。</translation>
    </message>
    <message>
        <source>Unknown accelerator &quot;%1&quot;.</source>
        <translation>未知的加速器“%1”。</translation>
    </message>
    <message>
        <source>Unknown accelerator &quot;%1&quot;; &apos;chiptrace catalog&apos; lists the names.</source>
        <translation>未知的加速器“%1”；&apos;chiptrace catalog&apos; 会列出所有名称。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is ambiguous; it matches:</source>
        <translation>“%1”有歧义；它匹配：</translation>
    </message>
    <message>
        <source>controlled: a licence is required</source>
        <translation>受管制：需要许可证</translation>
    </message>
    <message>
        <source>not controlled</source>
        <translation>不受管制</translation>
    </message>
    <message>
        <source>undecidable from the data</source>
        <translation>无法根据数据判定</translation>
    </message>
    <message>
        <source>Status:          </source>
        <translation>状态：          </translation>
    </message>
    <message>
        <source>Classification:  </source>
        <translation>分类：  </translation>
    </message>
    <message>
        <source>Rule:            </source>
        <translation>规则：            </translation>
    </message>
    <message>
        <source>since </source>
        <translation>自 </translation>
    </message>
    <message>
        <source>TPP / PD:        </source>
        <translation>TPP / PD：        </translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>未知</translation>
    </message>
    <message>
        <source>Licence exception: </source>
        <translation>许可证例外： </translation>
    </message>
    <message>
        <source>Review policy:   </source>
        <translation>审查政策：   </translation>
    </message>
    <message>
        <source>Reason:          </source>
        <translation>理由：          </translation>
    </message>
    <message>
        <source>Note:            </source>
        <translation>注：            </translation>
    </message>
    <message>
        <source>Legal window:    </source>
        <translation>合法窗口期：    </translation>
    </message>
    <message>
        <source>Avenue:          </source>
        <translation>途径：          </translation>
    </message>
    <message>
        <source>Export-control status of an accelerator on a date.</source>
        <translation>加速器在某一日期的出口管制状态。</translation>
    </message>
    <message>
        <source>Accelerator name or alias, e.g. H800, &quot;A100 80GB&quot;, 4090D.</source>
        <translation>加速器名称或别名，例如 H800、&quot;A100 80GB&quot;、4090D。</translation>
    </message>
    <message>
        <source>Date (YYYY-MM-DD); default today.</source>
        <translation>日期（YYYY-MM-DD）；默认为今天。</translation>
    </message>
    <message>
        <source>Destination country code (default CN).</source>
        <translation>目的地国家代码（默认 CN）。</translation>
    </message>
    <message>
        <source>text or json.</source>
        <translation>text 或 json。</translation>
    </message>
    <message>
        <source>Usage: chiptrace classify CHIP --date YYYY-MM-DD [--destination CN] [--format text|json]</source>
        <translation>用法：chiptrace classify CHIP --date YYYY-MM-DD [--destination CN] [--format text|json]</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date of the form YYYY-MM-DD.</source>
        <translation>“%1”不是 YYYY-MM-DD 格式的日期。</translation>
    </message>
    <message>
        <source>Keep a token for private https repositories of HOST in the system keychain (read from standard input), or remove it.</source>
        <translation>在系统钥匙串中保存用于 HOST 私有 https 仓库的令牌（从标准输入读取），或将其删除。</translation>
    </message>
    <message>
        <source>set HOST USER | remove HOST</source>
        <translation>set HOST USER | remove HOST</translation>
    </message>
    <message>
        <source>No token on standard input.</source>
        <translation>标准输入中没有令牌。</translation>
    </message>
    <message>
        <source>Candidates: %1</source>
        <translation>候选：%1</translation>
    </message>
    <message>
        <source>Step %1 [%2] %3: %4, %5 -&gt; %6</source>
        <translation>步骤 %1 [%2] %3：%4，%5 -&gt; %6</translation>
    </message>
    <message>
        <source>  eliminated (%1): %2</source>
        <translation>  已排除（%1）：%2</translation>
    </message>
    <message>
        <source>  kept, data cannot decide (%1): %2</source>
        <translation>  保留，数据无法判定（%1）：%2</translation>
    </message>
    <message>
        <source>  CONFLICT: this step would eliminate every remaining candidate; it was not applied.</source>
        <translation>  冲突：此步骤将排除所有剩余候选；未应用。</translation>
    </message>
    <message>
        <source>Remaining (%1):</source>
        <translation>剩余（%1）：</translation>
    </message>
    <message>
        <source>(hints %1%2)</source>
        <translation>（提示 %1%2）</translation>
    </message>
    <message>
        <source>(undecided: %1)</source>
        <translation>（未判定：%1）</translation>
    </message>
    <message>
        <source>--strength takes proof, strong or hint, not &quot;%1&quot;.</source>
        <translation>--strength 可取 proof、strong 或 hint，而不是“%1”。</translation>
    </message>
    <message>
        <source>Apply constraints to the accelerator catalog, in order.</source>
        <translation>按顺序将约束应用于加速器目录。</translation>
    </message>
    <message>
        <source>A step&apos;s constraint, e.g. &quot;vendor != AMD&quot; (repeat for more steps).</source>
        <translation>某一步骤的约束，例如 &quot;vendor != AMD&quot;（重复使用以添加更多步骤）。</translation>
    </message>
    <message>
        <source>Strength of the step at the same position: proof, strong (default) or hint.</source>
        <translation>同一位置步骤的强度：proof、strong（默认）或 hint。</translation>
    </message>
    <message>
        <source>Evidence label of the step at the same position.</source>
        <translation>同一位置步骤的证据标签。</translation>
    </message>
    <message>
        <source>Explain why this chip is in or out (repeatable).</source>
        <translation>说明该芯片被保留或排除的原因（可重复）。</translation>
    </message>
    <message>
        <source>Also give each remaining chip&apos;s export-control status on this date (YYYY-MM-DD).</source>
        <translation>同时给出每个剩余芯片在该日期（YYYY-MM-DD）的出口管制状态。</translation>
    </message>
    <message>
        <source>Destination for --date (default CN).</source>
        <translation>--date 使用的目的地（默认 CN）。</translation>
    </message>
    <message>
        <source>Usage: chiptrace funnel --constraint EXPR [--strength proof|strong|hint]... [--format text|json]</source>
        <translation>用法：chiptrace funnel --constraint EXPR [--strength proof|strong|hint]... [--format text|json]</translation>
    </message>
    <message>
        <source>%1 was not imported.</source>
        <translation>%1 未导入。</translation>
    </message>
    <message>
        <source>%1 is neither a folder, a file nor a URL.</source>
        <translation>%1 既不是文件夹、文件，也不是 URL。</translation>
    </message>
    <message>
        <source>Imported %1: %2 findings, %3 proposed evidence, %4 new items</source>
        <translation>已导入 %1：%2 个发现项，%3 条待审证据，%4 个新条目</translation>
    </message>
    <message>
        <source> (commit %1%2)</source>
        <translation> （提交 %1%2）</translation>
    </message>
    <message>
        <source>, whole history</source>
        <translation>，完整历史</translation>
    </message>
    <message>
        <source>Add repositories (folders or URLs, scanned with their history) and documents (papers, archived pages, web pages) to a case.</source>
        <translation>向案卷添加仓库（文件夹或 URL，连同其历史一起扫描）和文档（论文、存档网页、网页）。</translation>
    </message>
    <message>
        <source>The case file or name.</source>
        <translation>案卷文件或名称。</translation>
    </message>
    <message>
        <source>Repository folders or URLs, and document files.</source>
        <translation>仓库文件夹或 URL，以及文档文件。</translation>
    </message>
    <message>
        <source>Propose evidence for this model of the case.</source>
        <translation>为案卷中的此模型提出待审证据。</translation>
    </message>
    <message>
        <source>With --model: the model&apos;s lab, to add the model when it is new.</source>
        <translation>与 --model 一起使用：模型所属的实验室，用于在模型为新模型时添加该模型。</translation>
    </message>
    <message>
        <source>Scan only the working tree of repositories.</source>
        <translation>仅扫描仓库的工作树。</translation>
    </message>
    <message>
        <source>No progress output.</source>
        <translation>不输出进度。</translation>
    </message>
    <message>
        <source>Act as this reviewer.</source>
        <translation>以此审阅人身份操作。</translation>
    </message>
    <message>
        <source>Usage: chiptrace import CASE PATH|URL|FILE... [--model NAME [--lab NAME]]</source>
        <translation>用法：chiptrace import CASE PATH|URL|FILE... [--model NAME [--lab NAME]]</translation>
    </message>
    <message>
        <source>No --model given: findings are added without proposed evidence.</source>
        <translation>未指定 --model：添加发现项，但不提出待审证据。</translation>
    </message>
    <message>
        <source>Export the briefing of a case as a PDF.</source>
        <translation>将案卷的简报导出为 PDF。</translation>
    </message>
    <message>
        <source>The case file (.chiptrace).</source>
        <translation>案卷文件（.chiptrace）。</translation>
    </message>
    <message>
        <source>Write the PDF to &lt;file&gt;.</source>
        <translation>将 PDF 写入 &lt;file&gt;。</translation>
    </message>
    <message>
        <source>file</source>
        <translation>file</translation>
    </message>
    <message>
        <source>Banner text at the top and bottom of every page.</source>
        <translation>每页顶部和底部的密级标识文本。</translation>
    </message>
    <message>
        <source>text</source>
        <translation>text</translation>
    </message>
    <message>
        <source>Brief on the model with this id (default: the first).</source>
        <translation>针对此 id 的模型生成简报（默认：第一个）。</translation>
    </message>
    <message>
        <source>id</source>
        <translation>id</translation>
    </message>
    <message>
        <source>Country code the export rules are applied for (default: the lab&apos;s, else CN).</source>
        <translation>适用出口规则的国家代码（默认：实验室所在国家，否则为 CN）。</translation>
    </message>
    <message>
        <source>code</source>
        <translation>code</translation>
    </message>
    <message>
        <source>Date and time recorded as the generation time, ISO 8601 (default: the case&apos;s last change, so the same case gives the same file).</source>
        <translation>记录为生成时间的日期和时间，ISO 8601 格式（默认：案卷的最后更改时间，使同一案卷生成相同的文件）。</translation>
    </message>
    <message>
        <source>when</source>
        <translation>when</translation>
    </message>
    <message>
        <source>Usage: chiptrace report CASE --output FILE.pdf [--marking TEXT]</source>
        <translation>用法：chiptrace report CASE --output FILE.pdf [--marking TEXT]</translation>
    </message>
    <message>
        <source>--generated-at needs an ISO 8601 date and time, e.g. 2026-11-23T12:00:00Z.</source>
        <translation>--generated-at 需要 ISO 8601 格式的日期和时间，例如 2026-11-23T12:00:00Z。</translation>
    </message>
    <message>
        <source>List the repository store (size, last update), remove an entry, or prune entries not updated for DAYS days.</source>
        <translation>列出仓库存储（大小、最后更新时间），删除某个条目，或清理 DAYS 天内未更新的条目。</translation>
    </message>
    <message>
        <source>list | remove URL|PATH | prune</source>
        <translation>list | remove URL|PATH | prune</translation>
    </message>
    <message>
        <source>prune: not updated for DAYS days (default 90)</source>
        <translation>prune：清理 DAYS 天内未更新的条目（默认 90）</translation>
    </message>
    <message>
        <source>Store: %1</source>
        <translation>存储：%1</translation>
    </message>
    <message>
        <source>Removed %1</source>
        <translation>已删除 %1</translation>
    </message>
</context>
<context>
    <name>CodeHit</name>
    <message>
        <source>Implies: %1</source>
        <translation>隐含：%1</translation>
    </message>
    <message>
        <source>References: %1</source>
        <translation>引用：%1</translation>
    </message>
</context>
<context>
    <name>Demo</name>
    <message>
        <source>The demo file %1 is missing from the build</source>
        <translation>构建中缺少演示文件 %1</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <source>Cannot stage %1</source>
        <translation>无法暂存 %1</translation>
    </message>
    <message>
        <source>Cannot remove %1</source>
        <translation>无法删除 %1</translation>
    </message>
    <message>
        <source>Cannot write the index</source>
        <translation>无法写入索引</translation>
    </message>
    <message>
        <source>Cannot write the tree</source>
        <translation>无法写入树对象</translation>
    </message>
    <message>
        <source>Cannot read the tree</source>
        <translation>无法读取树对象</translation>
    </message>
    <message>
        <source>Invalid demo author</source>
        <translation>演示作者无效</translation>
    </message>
    <message>
        <source>Cannot read HEAD</source>
        <translation>无法读取 HEAD</translation>
    </message>
    <message>
        <source>Cannot create the commit &quot;%1&quot;</source>
        <translation>无法创建提交“%1”</translation>
    </message>
    <message>
        <source>Cannot find the commit to tag</source>
        <translation>找不到要打标签的提交</translation>
    </message>
    <message>
        <source>Cannot create the tag %1</source>
        <translation>无法创建标签 %1</translation>
    </message>
    <message>
        <source>%1 exists and is not empty; choose another folder for the demo repository</source>
        <translation>%1 已存在且不为空；请为演示仓库选择其他文件夹</translation>
    </message>
    <message>
        <source>Cannot create a repository in %1</source>
        <translation>无法在 %1 中创建仓库</translation>
    </message>
    <message>
        <source>Cannot open the index</source>
        <translation>无法打开索引</translation>
    </message>
    <message>
        <source>Cannot read the demo description %1: %2</source>
        <translation>无法读取演示说明 %1：%2</translation>
    </message>
    <message>
        <source>%1 is not a JSON object: %2</source>
        <translation>%1 不是 JSON 对象：%2</translation>
    </message>
    <message>
        <source>%1: commit %2 needs a valid &quot;date&quot; and a &quot;message&quot;</source>
        <translation>%1：提交 %2 需要有效的 &quot;date&quot; 和 &quot;message&quot;</translation>
    </message>
    <message>
        <source>%1 needs a &quot;name&quot; and at least one commit</source>
        <translation>%1 需要 &quot;name&quot; 和至少一个提交</translation>
    </message>
    <message>
        <source>%1 needs a title, a lab and a model</source>
        <translation>%1 需要标题、实验室和模型</translation>
    </message>
    <message>
        <source>tinylm (demo repository)</source>
        <translation>tinylm（演示仓库）</translation>
    </message>
    <message>
        <source>Ships with ChipTrace; created with libgit2 on first run.</source>
        <translation>随 ChipTrace 提供；首次运行时使用 libgit2 创建。</translation>
    </message>
</context>
<context>
    <name>Evidence</name>
    <message>
        <source>not loaded yet</source>
        <translation>尚未加载</translation>
    </message>
    <message>
        <source>loaded</source>
        <translation>已加载</translation>
    </message>
    <message>
        <source>rejected</source>
        <translation>已驳回</translation>
    </message>
    <message>
        <source>failed to load</source>
        <translation>加载失败</translation>
    </message>
    <message>
        <source>plugin metadata lacks: %1</source>
        <translation>插件元数据缺少：%1</translation>
    </message>
    <message>
        <source>not a Qt plugin, or built with an incompatible Qt</source>
        <translation>不是 Qt 插件，或使用了不兼容的 Qt 构建</translation>
    </message>
    <message>
        <source>interface %1 does not match this ChipTrace (%2); rebuild the plugin</source>
        <translation>接口 %1 与此 ChipTrace 不匹配（%2）；请重新构建插件</translation>
    </message>
    <message>
        <source>another plugin named &quot;%1&quot; was found first</source>
        <translation>已先找到另一个名为“%1”的插件</translation>
    </message>
    <message>
        <source>the plugin does not implement the importer interface</source>
        <translation>该插件未实现导入器接口</translation>
    </message>
    <message>
        <source>the importer for %1 could not be loaded (%2)</source>
        <translation>无法加载 %1 的导入器（%2）</translation>
    </message>
    <message>
        <source>no evidence importer plugins were found (searched %1); set CHIPTRACE_PLUGIN_PATH or reinstall</source>
        <translation>未找到任何证据导入器插件（已搜索 %1）；请设置 CHIPTRACE_PLUGIN_PATH 或重新安装</translation>
    </message>
    <message>
        <source>%1 is not a format ChipTrace can import; supported: %2</source>
        <translation>%1 不是 ChipTrace 可导入的格式；支持的格式：%2</translation>
    </message>
    <message>
        <source>Importing %1</source>
        <translation>正在导入 %1</translation>
    </message>
    <message>
        <source>Import %1</source>
        <translation>导入 %1</translation>
    </message>
    <message>
        <source>Imported from %1 by the %2 importer.</source>
        <translation>由 %2 导入器从 %1 导入。</translation>
    </message>
    <message>
        <source>Import problems:</source>
        <translation>导入问题：</translation>
    </message>
    <message>
        <source>Claim in &quot;%1&quot; (%2); scope in the text: %3.</source>
        <translation>“%1”中的声明（%2）；文本中的范围：%3。</translation>
    </message>
    <message>
        <source>the %1 importer cannot draw pages of %2</source>
        <translation>%1 导入器无法绘制 %2 的页面</translation>
    </message>
    <message>
        <source>%1 changed while it was being imported; import it again</source>
        <translation>%1 在导入期间发生了更改；请重新导入</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <source>a resolution of %1 dpi is out of range</source>
        <translation>%1 dpi 的分辨率超出范围</translation>
    </message>
    <message>
        <source>%1 is a web address; ChipTrace does not fetch pages. Save the page (or its WARC/WACZ from a web archive) and import that file, with --source-url to record where it came from.</source>
        <translation>%1 是网址；ChipTrace 不会抓取网页。请保存该网页（或从网页存档获取其 WARC/WACZ 文件）并导入该文件，同时使用 --source-url 记录其出处。</translation>
    </message>
    <message>
        <source>%1 does not exist</source>
        <translation>%1 不存在</translation>
    </message>
    <message>
        <source>%1 is not a regular file</source>
        <translation>%1 不是常规文件</translation>
    </message>
    <message>
        <source>%1 is %2 MiB; the import limit is %3 MiB</source>
        <translation>%1 大小为 %2 MiB；导入上限为 %3 MiB</translation>
    </message>
    <message>
        <source>%1 is empty</source>
        <translation>%1 为空</translation>
    </message>
    <message>
        <source>cannot create the evidence store folder %1</source>
        <translation>无法创建证据存储文件夹 %1</translation>
    </message>
    <message>
        <source>cannot write the stored copy %1: %2</source>
        <translation>无法写入存储副本 %1：%2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>import of %1 cancelled</source>
        <translation>%1 的导入已取消</translation>
    </message>
    <message>
        <source>%1: no text could be read from it%2</source>
        <translation>%1：无法从中读取任何文本%2</translation>
    </message>
</context>
<context>
    <name>Funnel</name>
    <message>
        <source>expected &apos;and&apos;, &apos;or&apos; or the end, found &apos;%1&apos;</source>
        <translation>应为 &apos;and&apos;、&apos;or&apos; 或结尾，但找到 &apos;%1&apos;</translation>
    </message>
    <message>
        <source>column %1: the quoted text is not closed</source>
        <translation>第 %1 列：引号内文本未闭合</translation>
    </message>
    <message>
        <source>column %1: &apos;!&apos; must be followed by &apos;=&apos; (use &apos;not&apos; to negate)</source>
        <translation>第 %1 列：&apos;!&apos; 后必须跟 &apos;=&apos;（取反请使用 &apos;not&apos;）</translation>
    </message>
    <message>
        <source>column %1: unexpected character &apos;%2&apos;</source>
        <translation>第 %1 列：意外的字符 &apos;%2&apos;</translation>
    </message>
    <message>
        <source>end of text</source>
        <translation>文本结尾</translation>
    </message>
    <message>
        <source>column %1: %2</source>
        <translation>第 %1 列：%2</translation>
    </message>
    <message>
        <source>expected &apos;)&apos;, found &apos;%1&apos;</source>
        <translation>应为 &apos;)&apos;，但找到 &apos;%1&apos;</translation>
    </message>
    <message>
        <source>expected a value for &apos;%1&apos;, found &apos;%2&apos;</source>
        <translation>&apos;%1&apos; 应有一个值，但找到 &apos;%2&apos;</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is a number; &apos;%2&apos; is not one</source>
        <translation>&apos;%1&apos; 是数值；&apos;%2&apos; 不是数值</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is yes or no; &apos;%2&apos; is neither</source>
        <translation>&apos;%1&apos; 取值为 yes 或 no；&apos;%2&apos; 两者都不是</translation>
    </message>
    <message>
        <source>expected &apos;[&apos; after &apos;in&apos;</source>
        <translation>&apos;in&apos; 之后应为 &apos;[&apos;</translation>
    </message>
    <message>
        <source>expected &apos;,&apos; or &apos;]&apos; in the list, found &apos;%1&apos;</source>
        <translation>列表中应为 &apos;,&apos; 或 &apos;]&apos;，但找到 &apos;%1&apos;</translation>
    </message>
    <message>
        <source>expected a property, &apos;not&apos; or &apos;(&apos;, found &apos;%1&apos;</source>
        <translation>应为属性、&apos;not&apos; 或 &apos;(&apos;，但找到 &apos;%1&apos;</translation>
    </message>
    <message>
        <source>unknown property &apos;%1&apos;; known: %2</source>
        <translation>未知属性 &apos;%1&apos;；已知属性：%2</translation>
    </message>
    <message>
        <source>expected an operator (= != &lt; &lt;= &gt; &gt;= in) after &apos;%1&apos;</source>
        <translation>&apos;%1&apos; 之后应为运算符（= != &lt; &lt;= &gt; &gt;= in）</translation>
    </message>
    <message>
        <source>&apos;%1&apos; compares numbers; &apos;%2&apos; takes = or != or in</source>
        <translation>&apos;%1&apos; 用于比较数值；&apos;%2&apos; 只能使用 =、!= 或 in</translation>
    </message>
    <message>
        <source>holds</source>
        <translation>成立</translation>
    </message>
    <message>
        <source>fails</source>
        <translation>不成立</translation>
    </message>
    <message>
        <source>cannot be decided</source>
        <translation>无法判定</translation>
    </message>
    <message>
        <source>Constraint &quot;%1&quot;: %2</source>
        <translation>约束“%1”：%2</translation>
    </message>
    <message>
        <source>%1 %2 (%3 is %4)</source>
        <translation>%1 %2（%3 为 %4）</translation>
    </message>
    <message>
        <source>%1 for %2: %3</source>
        <translation>对 %2 %1：%3</translation>
    </message>
    <message>
        <source>%1 is not among the funnel&apos;s candidates.</source>
        <translation>%1 不在筛选漏斗的候选中。</translation>
    </message>
    <message>
        <source>step %1 (%2, %3: %4)</source>
        <translation>步骤 %1（%2，%3：%4）</translation>
    </message>
    <message>
        <source>%1 is out: eliminated by %2. %3.</source>
        <translation>%1 已排除：被 %2 排除。%3。</translation>
    </message>
    <message>
        <source>%1 is still in.</source>
        <translation>%1 仍在候选中。</translation>
    </message>
    <message>
        <source>%1 is disabled.</source>
        <translation>%1 已停用。</translation>
    </message>
    <message>
        <source>%1 was not applied: it would eliminate every remaining candidate (conflict). %2.</source>
        <translation>%1 未应用：它会排除所有剩余候选（冲突）。%2。</translation>
    </message>
    <message>
        <source>%1 ranks only: %2.</source>
        <translation>%1 仅用于排序：%2。</translation>
    </message>
    <message>
        <source>%1 kept it because the catalog cannot decide: %2.</source>
        <translation>%1 保留了它，因为目录数据无法判定：%2。</translation>
    </message>
    <message>
        <source>%1 is satisfied: %2.</source>
        <translation>%1 已满足：%2。</translation>
    </message>
</context>
<context>
    <name>Git</name>
    <message>
        <source>Cannot open the repository %1</source>
        <translation>无法打开仓库 %1</translation>
    </message>
    <message>
        <source>%1 is not an object id</source>
        <translation>%1 不是对象 ID</translation>
    </message>
    <message>
        <source>The blob %1 is not in %2</source>
        <translation>blob %1 不在 %2 中</translation>
    </message>
    <message>
        <source>%1 does not exist at %2</source>
        <translation>%1 在 %2 中不存在</translation>
    </message>
    <message>
        <source>%1 is not a file at %2</source>
        <translation>%1 在 %2 中不是文件</translation>
    </message>
</context>
<context>
    <name>Report</name>
    <message>
        <source>completely reliable</source>
        <translation>完全可靠</translation>
    </message>
    <message>
        <source>usually reliable</source>
        <translation>通常可靠</translation>
    </message>
    <message>
        <source>fairly reliable</source>
        <translation>比较可靠</translation>
    </message>
    <message>
        <source>not usually reliable</source>
        <translation>通常不可靠</translation>
    </message>
    <message>
        <source>unreliable</source>
        <translation>不可靠</translation>
    </message>
    <message>
        <source>reliability cannot be judged</source>
        <translation>无法判断可靠性</translation>
    </message>
    <message>
        <source>confirmed</source>
        <translation>已证实</translation>
    </message>
    <message>
        <source>probably true</source>
        <translation>可能属实</translation>
    </message>
    <message>
        <source>possibly true</source>
        <translation>或许属实</translation>
    </message>
    <message>
        <source>doubtfully true</source>
        <translation>存疑</translation>
    </message>
    <message>
        <source>improbable</source>
        <translation>不大可能</translation>
    </message>
    <message>
        <source>truth cannot be judged</source>
        <translation>无法判断真实性</translation>
    </message>
    <message numerus="yes">
        <source>Catalog: %n accelerator(s)</source>
        <translation>
            <numerusform>目录：%n 个加速器</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n entries</source>
        <translation>
            <numerusform>%n 个条目</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n rule version(s), latest %1</source>
        <translation>
            <numerusform>%n 个规则版本，最新为 %1</numerusform>
        </translation>
    </message>
    <message>
        <source>The case has no model with id %1.</source>
        <translation>案卷中没有 id 为 %1 的模型。</translation>
    </message>
    <message>
        <source>The case has no model to brief on; add the model under investigation first.</source>
        <translation>案卷中没有可生成简报的模型；请先添加所调查的模型。</translation>
    </message>
    <message>
        <source>almost no chance (1–5%)</source>
        <translation>几乎不可能（1–5%）</translation>
    </message>
    <message>
        <source>very unlikely (5–20%)</source>
        <translation>非常不可能（5–20%）</translation>
    </message>
    <message>
        <source>unlikely (20–45%)</source>
        <translation>不太可能（20–45%）</translation>
    </message>
    <message>
        <source>roughly even chance (45–55%)</source>
        <translation>可能性大致相当（45–55%）</translation>
    </message>
    <message>
        <source>likely (55–80%)</source>
        <translation>可能（55–80%）</translation>
    </message>
    <message>
        <source>very likely (80–95%)</source>
        <translation>非常可能（80–95%）</translation>
    </message>
    <message>
        <source>almost certain (95–99%)</source>
        <translation>几乎确定（95–99%）</translation>
    </message>
    <message>
        <source>not assessed</source>
        <translation>未评估</translation>
    </message>
    <message>
        <source>not controlled</source>
        <translation>不受管制</translation>
    </message>
    <message>
        <source>controlled</source>
        <translation>受管制</translation>
    </message>
    <message>
        <source>controlled, licence exception</source>
        <translation>受管制，适用许可证例外</translation>
    </message>
    <message>
        <source>mixed: depends on the candidate</source>
        <translation>混合：取决于候选</translation>
    </message>
    <message>
        <source>undecidable from the rule data</source>
        <translation>无法根据规则数据判定</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>未知</translation>
    </message>
    <message>
        <source>not graded</source>
        <translation>未评级</translation>
    </message>
    <message>
        <source>accepted</source>
        <translation>已接受</translation>
    </message>
    <message>
        <source>disputed</source>
        <translation>有争议</translation>
    </message>
    <message>
        <source>rejected</source>
        <translation>已驳回</translation>
    </message>
    <message>
        <source>not reviewed</source>
        <translation>未审阅</translation>
    </message>
    <message>
        <source>repository</source>
        <translation>仓库</translation>
    </message>
    <message>
        <source>paper</source>
        <translation>论文</translation>
    </message>
    <message>
        <source>archived page</source>
        <translation>存档网页</translation>
    </message>
    <message>
        <source>web page</source>
        <translation>网页</translation>
    </message>
    <message>
        <source>note</source>
        <translation>笔记</translation>
    </message>
    <message>
        <source>p. %1</source>
        <translation>第 %1 页</translation>
    </message>
    <message>
        <source>captured %1</source>
        <translation>采集于 %1</translation>
    </message>
    <message>
        <source>Bottom line up front</source>
        <translation>结论先行</translation>
    </message>
    <message>
        <source>The funnel</source>
        <translation>筛选漏斗</translation>
    </message>
    <message>
        <source>Candidates</source>
        <translation>候选</translation>
    </message>
    <message>
        <source>Key evidence</source>
        <translation>关键证据</translation>
    </message>
    <message>
        <source>Disputed evidence and dissent</source>
        <translation>有争议的证据与异议</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>时间线</translation>
    </message>
    <message>
        <source>Method and limits</source>
        <translation>方法与局限</translation>
    </message>
    <message>
        <source>Appendix A: Evidence register</source>
        <translation>附录 A：证据登记表</translation>
    </message>
    <message>
        <source>Appendix B: Every finding</source>
        <translation>附录 B：全部发现项</translation>
    </message>
    <message>
        <source>Appendix C: Captured sources</source>
        <translation>附录 C：已采集的来源</translation>
    </message>
    <message>
        <source>Appendix D: Provenance</source>
        <translation>附录 D：来源记录</translation>
    </message>
    <message>
        <source>Lab</source>
        <translation>实验室</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>模型</translation>
    </message>
    <message>
        <source>Training date</source>
        <translation>训练日期</translation>
    </message>
    <message>
        <source>Prepared by</source>
        <translation>编制人</translation>
    </message>
    <message>
        <source>Generated</source>
        <translation>生成时间</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>案卷</translation>
    </message>
    <message>
        <source>Contents</source>
        <translation>目录</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>问题</translation>
    </message>
    <message>
        <source>Assessment</source>
        <translation>评估</translation>
    </message>
    <message>
        <source>undetermined</source>
        <translation>未确定</translation>
    </message>
    <message>
        <source>Likely hardware</source>
        <translation>可能的硬件</translation>
    </message>
    <message>
        <source>Confidence</source>
        <translation>置信度</translation>
    </message>
    <message>
        <source>Export status at %1</source>
        <translation>%1 的出口状态</translation>
    </message>
    <message numerus="yes">
        <source>Each step applies a constraint implied by accepted evidence to the catalog of %n accelerators; the bars show how many candidates remain.</source>
        <translation>
            <numerusform>每个步骤将已接受证据所隐含的约束应用于包含 %n 个加速器的目录；条形图显示剩余的候选数量。</numerusform>
        </translation>
    </message>
    <message>
        <source>Step</source>
        <translation>步骤</translation>
    </message>
    <message>
        <source>Constraint</source>
        <translation>约束</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>证据</translation>
    </message>
    <message>
        <source>Remaining</source>
        <translation>剩余</translation>
    </message>
    <message>
        <source>Eliminated</source>
        <translation>已排除</translation>
    </message>
    <message>
        <source>Candidate</source>
        <translation>候选</translation>
    </message>
    <message>
        <source>Vendor / architecture</source>
        <translation>厂商 / 架构</translation>
    </message>
    <message>
        <source>Deciding rule</source>
        <translation>决定性规则</translation>
    </message>
    <message>
        <source>Citation</source>
        <translation>引文</translation>
    </message>
    <message>
        <source>Implies</source>
        <translation>隐含</translation>
    </message>
    <message>
        <source>Observed</source>
        <translation>观察时间</translation>
    </message>
    <message>
        <source>Reliability</source>
        <translation>可靠性</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>审阅</translation>
    </message>
    <message>
        <source>Dissent by %1, %2:</source>
        <translation>%1 的异议，%2：</translation>
    </message>
    <message>
        <source>No evidence was marked as key.</source>
        <translation>没有证据被标记为关键证据。</translation>
    </message>
    <message>
        <source>Evidence a reviewer disputed or rejected, and every recorded dissent. Disputed evidence does not narrow the funnel.</source>
        <translation>审阅人提出争议或驳回的证据，以及记录在案的全部异议。有争议的证据不会缩小筛选漏斗。</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Dissent</source>
        <translation>异议</translation>
    </message>
    <message>
        <source>No evidence is disputed.</source>
        <translation>没有有争议的证据。</translation>
    </message>
    <message>
        <source>When (UTC)</source>
        <translation>时间（UTC）</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>事件</translation>
    </message>
    <message>
        <source>Removed:</source>
        <translation>已删除：</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>方法</translation>
    </message>
    <message>
        <source>Limits</source>
        <translation>局限</translation>
    </message>
    <message>
        <source>Id</source>
        <translation>编号</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>摘要</translation>
    </message>
    <message numerus="yes">
        <source>%n dissent(s)</source>
        <translation>
            <numerusform>%n 条异议</numerusform>
        </translation>
    </message>
    <message>
        <source>first seen %1 in %2</source>
        <translation>首次出现于 %1，提交 %2</translation>
    </message>
    <message>
        <source>removed %1 in %2</source>
        <translation>删除于 %1，提交 %2</translation>
    </message>
    <message>
        <source>at HEAD</source>
        <translation>位于 HEAD</translation>
    </message>
    <message numerus="yes">
        <source>%n finding(s) from the scanner, signatures and claims, including those in vendored code and those the lab later removed.</source>
        <translation>
            <numerusform>来自扫描器、特征和声明的 %n 个发现项，包括位于第三方内置代码中的以及实验室后来删除的发现项。</numerusform>
        </translation>
    </message>
    <message>
        <source>(no repository)</source>
        <translation>（无仓库）</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>规则</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>位置</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>文本</translation>
    </message>
    <message>
        <source>History</source>
        <translation>历史</translation>
    </message>
    <message>
        <source>The SHA-256 of each captured source as stored in the case; for repositories, the commit the scan read.</source>
        <translation>案卷中存储的每个已采集来源的 SHA-256；对于仓库，则为扫描所读取的提交。</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>来源</translation>
    </message>
    <message>
        <source>Captured (UTC)</source>
        <translation>采集时间（UTC）</translation>
    </message>
    <message>
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>项目</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>值</translation>
    </message>
    <message>
        <source>Tool version</source>
        <translation>工具版本</translation>
    </message>
    <message>
        <source>Accelerator catalog version</source>
        <translation>加速器目录版本</translation>
    </message>
    <message>
        <source>Export-control rule pack version</source>
        <translation>出口管制规则包版本</translation>
    </message>
    <message>
        <source>Signature packs</source>
        <translation>特征包</translation>
    </message>
    <message>
        <source>Case file</source>
        <translation>案卷文件</translation>
    </message>
    <message>
        <source>Case id</source>
        <translation>案卷 ID</translation>
    </message>
    <message>
        <source>Generated at</source>
        <translation>生成时间</translation>
    </message>
    <message>
        <source>Generated by</source>
        <translation>生成者</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <source>Content digest (SHA-256)</source>
        <translation>内容摘要（SHA-256）</translation>
    </message>
    <message>
        <source>The same case file, catalog, rule pack and settings produce the same content; the content digest identifies it.</source>
        <translation>相同的案卷文件、目录、规则包和设置会生成相同的内容；内容摘要即为其标识。</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>第 %1 页，共 %2 页</translation>
    </message>
    <message>
        <source>UNCLASSIFIED // OPEN SOURCE</source>
        <translation>非密 // 公开来源</translation>
    </message>
    <message>
        <source>Rendering a briefing needs a QGuiApplication (fonts); run it with QT_QPA_PLATFORM=offscreen where there is no display.</source>
        <translation>渲染简报需要 QGuiApplication（用于字体）；在没有显示器的环境中，请使用 QT_QPA_PLATFORM=offscreen 运行。</translation>
    </message>
    <message>
        <source>Could not start the PDF writer.</source>
        <translation>无法启动 PDF 写入器。</translation>
    </message>
    <message>
        <source>Generated %1 from %2 · content %3</source>
        <translation>生成于 %1，来源 %2 · 内容 %3</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <source>rejects</source>
        <translation>驳回</translation>
    </message>
    <message>
        <source>disputes</source>
        <translation>提出争议</translation>
    </message>
    <message>
        <source>Quote from %1</source>
        <translation>引自 %1</translation>
    </message>
    <message>
        <source>(vendored)</source>
        <translation>（第三方内置）</translation>
    </message>
    <message>
        <source>commit %1</source>
        <translation>提交 %1</translation>
    </message>
    <message>
        <source>not captured</source>
        <translation>未采集</translation>
    </message>
    <message>
        <source>Which accelerators trained %1?</source>
        <translation>哪些加速器训练了 %1？</translation>
    </message>
    <message numerus="yes">
        <source>and %n more</source>
        <translation>
            <numerusform>以及其他 %n 项</numerusform>
        </translation>
    </message>
    <message>
        <source>(conflict: not applied)</source>
        <translation>（冲突：未应用）</translation>
    </message>
    <message>
        <source>(hint: ranks only)</source>
        <translation>（提示：仅用于排序）</translation>
    </message>
    <message>
        <source>No candidate remains.</source>
        <translation>没有剩余候选。</translation>
    </message>
    <message>
        <source>The remaining candidates differ in status; see the candidate table.</source>
        <translation>剩余候选的状态各不相同；请参见候选表。</translation>
    </message>
    <message>
        <source>%1 candidate(s) remain after %2 accepted constraint(s) (%3 proof); %4 disputed item(s); %5 conflicting step(s).</source>
        <translation>在 %2 条已接受的约束（其中 %3 条确证）之后剩余 %1 个候选；%4 个有争议的条目；%5 个冲突步骤。</translation>
    </message>
    <message>
        <source>most likely</source>
        <translation>最有可能</translation>
    </message>
    <message>
        <source>possible</source>
        <translation>有可能</translation>
    </message>
    <message>
        <source>Training of %1 starts</source>
        <translation>%1 开始训练</translation>
    </message>
    <message>
        <source>Training of %1 ends</source>
        <translation>%1 结束训练</translation>
    </message>
    <message>
        <source>%1 released</source>
        <translation>%1 发布</translation>
    </message>
    <message>
        <source>%1 removed from %2</source>
        <translation>%1 已从 %2 中删除</translation>
    </message>
    <message>
        <source>Export rule in force: %1</source>
        <translation>出口规则生效：%1</translation>
    </message>
    <message>
        <source>Code signatures and claims in the lab&apos;s repositories, papers and archived pages are evidence; each implies a constraint on the hardware (e.g. NCCL implies NVIDIA; bfloat16 implies compute capability 8.0 or later), following Gupta, Walker and Reddie (2024), &quot;Whack-a-Chip&quot;.</source>
        <translation>实验室的仓库、论文和存档网页中的代码特征与声明均为证据；每项证据都隐含对硬件的约束（例如 NCCL 意味着 NVIDIA；bfloat16 意味着计算能力 8.0 或更高），方法依据 Gupta、Walker 和 Reddie（2024）的《Whack-a-Chip》。</translation>
    </message>
    <message numerus="yes">
        <source>Every constraint from accepted evidence is applied in turn to the accelerator catalog (%n entries); proof and strong evidence eliminate, hints only rank the survivors.</source>
        <translation>
            <numerusform>来自已接受证据的每条约束依次应用于加速器目录（%n 个条目）；确证和强证据会排除候选，提示仅对保留下来的候选进行排序。</numerusform>
        </translation>
    </message>
    <message>
        <source>Export-control status is computed from the catalog&apos;s figures and the dated rules at the training date (%1), for destination %2.</source>
        <translation>出口管制状态根据目录中的数值和训练日期（%1）时有效的规则计算，目的地为 %2。</translation>
    </message>
    <message>
        <source>Sources are graded on the Admiralty scale; every item is reviewed by an analyst other than its author; confidence uses the estimative language of ICD 203.</source>
        <translation>来源按 Admiralty 分级法评级；每个条目均由作者以外的分析师审阅；置信度采用 ICD 203 的估计性用语。</translation>
    </message>
    <message>
        <source>Code shows what a lab&apos;s software supports, not what it ran on; a repository may be used on several kinds of hardware.</source>
        <translation>代码表明的是实验室软件所支持的硬件，而不是其实际运行的硬件；一个仓库可能用于多种硬件。</translation>
    </message>
    <message>
        <source>An unknown catalog figure never eliminates a chip, and a classification the rule data cannot decide is reported as such.</source>
        <translation>未知的目录数值绝不会排除芯片；规则数据无法判定的分类会如实报告。</translation>
    </message>
    <message>
        <source>Disputed and rejected evidence does not narrow the funnel; it is listed with the dissent.</source>
        <translation>有争议和已驳回的证据不会缩小筛选漏斗；它们会与异议一起列出。</translation>
    </message>
    <message>
        <source>Claims are self-reported; archived pages show what a page said at capture time.</source>
        <translation>声明均为自行报告；存档网页显示的是采集时网页的内容。</translation>
    </message>
    <message>
        <source>This is a research aid, not legal advice.</source>
        <translation>本文仅为研究辅助，不构成法律意见。</translation>
    </message>
    <message>
        <source>(switched off by the analyst: not applied)</source>
        <translation>（已被分析人员关闭：未应用）</translation>
    </message>
</context>
<context>
    <name>Rules</name>
    <message>
        <source>%1: field &apos;id&apos; is missing</source>
        <translation>%1：缺少字段 &apos;id&apos;</translation>
    </message>
    <message>
        <source>%1: field &apos;kind&apos;: &apos;%2&apos; is not one of %3</source>
        <translation>%1：字段 &apos;kind&apos;：&apos;%2&apos; 不属于 %3 之一</translation>
    </message>
    <message>
        <source>%1: field &apos;effective&apos;/&apos;until&apos; is not a YYYY-MM-DD date</source>
        <translation>%1：字段 &apos;effective&apos;/&apos;until&apos; 不是 YYYY-MM-DD 格式的日期</translation>
    </message>
    <message>
        <source>%1: offset %2: %3</source>
        <translation>%1：偏移 %2：%3</translation>
    </message>
    <message>
        <source>%1: rule %2 (%3)</source>
        <translation>%1：规则 %2（%3）</translation>
    </message>
    <message>
        <source>%1: field &apos;rules&apos;: no rule versions</source>
        <translation>%1：字段 &apos;rules&apos;：没有规则版本</translation>
    </message>
    <message>
        <source>The built-in export-control rules are missing: %1</source>
        <translation>缺少内置出口管制规则：%1</translation>
    </message>
    <message>
        <source>Borderline: %1 %2 is within 2% of the %3 threshold; a different figure could change the result.</source>
        <translation>临界：%1 %2 与 %3 阈值相差不到 2%；不同的数值可能改变结果。</translation>
    </message>
    <message>
        <source>TPP %1 (%2 dense TOPS x %3 bits)</source>
        <translation>TPP %1（%2 稠密 TOPS x %3 位）</translation>
    </message>
    <message>
        <source>The %1 dense throughput behind TPP is unverified.</source>
        <translation>TPP 所依据的 %1 稠密吞吐量未经核实。</translation>
    </message>
    <message>
        <source>The die area (%1 mm2) behind performance density is unverified.</source>
        <translation>性能密度所依据的裸片面积（%1 mm2）未经核实。</translation>
    </message>
    <message>
        <source>undecidable</source>
        <translation>无法判定</translation>
    </message>
    <message>
        <source>not 3A090</source>
        <translation>不属于 3A090</translation>
    </message>
    <message>
        <source>%1 is below 1600, the floor of every 3A090 prong</source>
        <translation>%1 低于 1600，即 3A090 各分项的下限</translation>
    </message>
    <message>
        <source>%1 lies between 1600 and 4800, where 3A090.a.2 and 3A090.b depend on performance density, and the die area is unknown</source>
        <translation>%1 介于 1600 与 4800 之间，此时 3A090.a.2 和 3A090.b 取决于性能密度，而裸片面积未知</translation>
    </message>
    <message>
        <source>performance density %1 (TPP / %2 mm2)</source>
        <translation>性能密度 %1（TPP / %2 mm2）</translation>
    </message>
    <message>
        <source>%1 &gt;= 1600 and %2 &gt;= 5.92 (3A090.a.2)</source>
        <translation>%1 &gt;= 1600 且 %2 &gt;= 5.92（3A090.a.2）</translation>
    </message>
    <message>
        <source>%1 in [2400, 4800) and %2 in [1.6, 5.92) (3A090.b.1)</source>
        <translation>%1 位于 [2400, 4800) 且 %2 位于 [1.6, 5.92)（3A090.b.1）</translation>
    </message>
    <message>
        <source>%1 &gt;= 1600 and %2 in [3.2, 5.92) (3A090.b.2)</source>
        <translation>%1 &gt;= 1600 且 %2 位于 [3.2, 5.92)（3A090.b.2）</translation>
    </message>
    <message>
        <source>%1 and %2 fall below 3A090.a (PD &gt;= 5.92) and 3A090.b (TPP &gt;= 2400 with PD &gt;= 1.6, or PD &gt;= 3.2)</source>
        <translation>%1 和 %2 低于 3A090.a（PD &gt;= 5.92）和 3A090.b（TPP &gt;= 2400 且 PD &gt;= 1.6，或 PD &gt;= 3.2）的标准</translation>
    </message>
    <message>
        <source>performance density</source>
        <translation>性能密度</translation>
    </message>
    <message>
        <source>TPP</source>
        <translation>TPP</translation>
    </message>
    <message>
        <source>no dense throughput figure is known, so TPP cannot be computed</source>
        <translation>没有已知的稠密吞吐量数值，因此无法计算 TPP</translation>
    </message>
    <message>
        <source>%1 is below 4800 (the 2022 test needs TPP &gt;= 4800 and I/O &gt;= 600 GB/s)</source>
        <translation>%1 低于 4800（2022 年的标准要求 TPP &gt;= 4800 且 I/O &gt;= 600 GB/s）</translation>
    </message>
    <message>
        <source>%1 &gt;= 4800, but the chip-to-chip I/O bandwidth is unknown (the 2022 test needs &gt;= 600 GB/s)</source>
        <translation>%1 &gt;= 4800，但芯片间 I/O 带宽未知（2022 年的标准要求 &gt;= 600 GB/s）</translation>
    </message>
    <message>
        <source>%1 &gt;= 4800, but aggregate I/O %2 GB/s is below 600 GB/s</source>
        <translation>%1 &gt;= 4800，但总 I/O %2 GB/s 低于 600 GB/s</translation>
    </message>
    <message>
        <source>%1 &gt;= 4800 and aggregate I/O %2 GB/s &gt;= 600 GB/s</source>
        <translation>%1 &gt;= 4800 且总 I/O %2 GB/s &gt;= 600 GB/s</translation>
    </message>
    <message>
        <source>I/O bandwidth</source>
        <translation>I/O 带宽</translation>
    </message>
    <message>
        <source>The I/O bandwidth figure (%1 GB/s) is unverified.</source>
        <translation>I/O 带宽数值（%1 GB/s）未经核实。</translation>
    </message>
    <message>
        <source>%1 &gt;= 4800 (3A090.a.1)</source>
        <translation>%1 &gt;= 4800（3A090.a.1）</translation>
    </message>
    <message>
        <source>; not designed or marketed for datacenters, so License Exception NAC/ACA can apply</source>
        <translation>；并非为数据中心设计或销售，因此可适用许可证例外 NAC/ACA</translation>
    </message>
    <message>
        <source>not designed or marketed for datacenters and %1 is below 4800: excluded by the Note to 3A090 (otherwise %2)</source>
        <translation>并非为数据中心设计或销售，且 %1 低于 4800：根据 3A090 的注释被排除（否则为 %2）</translation>
    </message>
    <message>
        <source>Whether %1 is designed or marketed for datacenters is unverified.</source>
        <translation>%1 是否为数据中心设计或销售尚未核实。</translation>
    </message>
    <message>
        <source>%1 would be %2, unless it is not designed or marketed for datacenters, which the catalog does not know</source>
        <translation>%1 将为 %2，除非它并非为数据中心设计或销售，而目录数据中没有这一信息</translation>
    </message>
    <message>
        <source>H20-class licence requirement</source>
        <translation>H20 级许可证要求</translation>
    </message>
    <message>
        <source>%1 is named in the letters</source>
        <translation>%1 在信函中被点名</translation>
    </message>
    <message>
        <source> (DRAM bandwidth %1 GB/s; the reported threshold is 1400 GB/s)</source>
        <translation> （DRAM 带宽 %1 GB/s；报道的阈值为 1400 GB/s）</translation>
    </message>
    <message>
        <source>DRAM bandwidth %1 GB/s and I/O %2 GB/s reach the reported thresholds (DRAM &gt;= 1400, or I/O &gt;= 1100, or together &gt;= 1700 GB/s; %3)</source>
        <translation>DRAM 带宽 %1 GB/s 和 I/O %2 GB/s 达到了报道的阈值（DRAM &gt;= 1400，或 I/O &gt;= 1100，或两者合计 &gt;= 1700 GB/s；%3）</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>未知</translation>
    </message>
    <message>
        <source>the memory or I/O bandwidth is unknown, so the reported H20-class thresholds cannot be tested</source>
        <translation>内存或 I/O 带宽未知，因此无法检验报道的 H20 级阈值</translation>
    </message>
    <message>
        <source>DRAM bandwidth %1 GB/s and I/O %2 GB/s stay below the reported H20-class thresholds (DRAM &gt;= 1400, I/O &gt;= 1100, together &gt;= 1700 GB/s)</source>
        <translation>DRAM 带宽 %1 GB/s 和 I/O %2 GB/s 均低于报道的 H20 级阈值（DRAM &gt;= 1400，I/O &gt;= 1100，两者合计 &gt;= 1700 GB/s）</translation>
    </message>
    <message>
        <source>DRAM bandwidth</source>
        <translation>DRAM 带宽</translation>
    </message>
    <message>
        <source>%1 (%2), in force since %3</source>
        <translation>%1（%2），自 %3 起生效</translation>
    </message>
    <message>
        <source>%1 was added to its destinations only on %2 (%3)</source>
        <translation>%1 直到 %2 才被列入该规则的目的地范围（%3）</translation>
    </message>
    <message>
        <source>it does not cover %1</source>
        <translation>它不涵盖 %1</translation>
    </message>
    <message>
        <source>its coverage of %1 is not in ChipTrace&apos;s data</source>
        <translation>ChipTrace 的数据中没有它对 %1 的涵盖情况</translation>
    </message>
    <message>
        <source>%1: %2 under %3.</source>
        <translation>%1：依据 %3，%2。</translation>
    </message>
    <message>
        <source>%1: %2 under %3, but %4.</source>
        <translation>%1：依据 %3，%2，但%4。</translation>
    </message>
    <message>
        <source>%1: %2 under %3; %4</source>
        <translation>%1：依据 %3，%2；%4</translation>
    </message>
    <message>
        <source>not controlled</source>
        <translation>不受管制</translation>
    </message>
    <message>
        <source>%1: no US export control on AI accelerators was in force on %2; ECCN 3A090 took effect on 7 Oct 2022.</source>
        <translation>%1：%2 时尚无针对 AI 加速器的美国出口管制生效；ECCN 3A090 于 2022 年 10 月 7 日生效。</translation>
    </message>
    <message>
        <source>%1 (%2), in force for %3 since %4</source>
        <translation>%1（%2），自 %4 起对 %3 生效</translation>
    </message>
    <message>
        <source>The April 2025 letters do not reach it: %1.</source>
        <translation>2025 年 4 月的信函不涉及它：%1。</translation>
    </message>
    <message>
        <source>However, a licence is required under %1: %2.</source>
        <translation>但是，依据 %1 需要许可证：%2。</translation>
    </message>
    <message>
        <source>presumption of denial</source>
        <translation>推定拒绝</translation>
    </message>
    <message>
        <source>Whether the %1 case-by-case zone applies cannot be decided: TPP or DRAM bandwidth is unknown.</source>
        <translation>无法判定是否适用 %1 的逐案审查区间：TPP 或 DRAM 带宽未知。</translation>
    </message>
    <message>
        <source>case-by-case</source>
        <translation>逐案审查</translation>
    </message>
    <message>
        <source>Since %1 (%2) licence applications are reviewed case by case: TPP %3 &lt; 21000 and DRAM bandwidth %4 GB/s &lt; 6500 GB/s (exports from the US only; supply, shipment-share, KYC and US third-party testing conditions).</source>
        <translation>自 %1（%2）起，许可证申请实行逐案审查：TPP %3 &lt; 21000 且 DRAM 带宽 %4 GB/s &lt; 6500 GB/s（仅限从美国出口；须满足供应、出货占比、KYC 及美国第三方测试等条件）。</translation>
    </message>
    <message>
        <source>Outside the %1 case-by-case zone (needs TPP &lt; 21000 and DRAM bandwidth &lt; 6500 GB/s; here TPP %2, DRAM %3 GB/s): presumption of denial remains.</source>
        <translation>不在 %1 逐案审查区间内（要求 TPP &lt; 21000 且 DRAM 带宽 &lt; 6500 GB/s；此处 TPP 为 %2，DRAM 为 %3 GB/s）：仍为推定拒绝。</translation>
    </message>
    <message>
        <source>%1 is not sold as merchant silicon; access is by renting cloud capacity, so the classification describes its parameters.</source>
        <translation>%1 不作为商用芯片销售；只能通过租用云算力使用，因此该分类仅描述其参数。</translation>
    </message>
    <message>
        <source>%1 is a PRC-domestic design (%2), not a US export: this classifies its parameters only.</source>
        <translation>%1 是中国国产设计（%2），不属于美国出口产品：此分类仅针对其参数。</translation>
    </message>
    <message>
        <source> (parameters only)</source>
        <translation> （仅参数）</translation>
    </message>
    <message>
        <source>Whether the EAR reaches it depends on the foreign-direct-product rules, the Entity List and General Prohibition 10, which ChipTrace does not evaluate.</source>
        <translation>EAR 是否适用于它取决于外国直接产品规则、实体清单和第十项一般禁令，ChipTrace 不对此进行评估。</translation>
    </message>
    <message>
        <source>its release</source>
        <translation>发布时</translation>
    </message>
    <message>
        <source>Bought while legal and stockpiled: possible from %1 until %2.</source>
        <translation>在合法时购入并囤积：可能的时间段为 %1 至 %2。</translation>
    </message>
    <message>
        <source>Bought after %1 through intermediaries: would have needed a licence for %2; diversion or smuggling.</source>
        <translation>在 %1 之后经中间商购入：需要 %2 的许可证；属于转移或走私。</translation>
    </message>
    <message>
        <source>Rented in a cloud abroad: remote access is not an export of the chip, but since 17 Nov 2023 exports to entities headquartered in D:5 or Macau need a licence wherever they are.</source>
        <translation>在境外云中租用：远程访问不构成芯片出口，但自 2023 年 11 月 17 日起，向总部位于 D:5 国家或澳门的实体出口，无论其位于何处均需许可证。</translation>
    </message>
    <message>
        <source>A compliant part: no licence was required for %1 under the rules in the data.</source>
        <translation>合规型号：根据数据中的规则，%1 无需许可证。</translation>
    </message>
    <message>
        <source>The export-control rules are not loaded.</source>
        <translation>尚未加载出口管制规则。</translation>
    </message>
    <message>
        <source>%1 was released in %2, after this date.</source>
        <translation>%1 于 %2 发布，晚于该日期。</translation>
    </message>
    <message>
        <source>%1 never could be exported to %2 without a licence: it was controlled from its release (%3, %4).</source>
        <translation>%1 从未能在无许可证的情况下出口到 %2：它自发布起即受管制（%3，%4）。</translation>
    </message>
    <message>
        <source>%1 could be exported to %2 without a licence from %3 until %4 (%5).</source>
        <translation>%1 在 %3 至 %4 期间可在无许可证的情况下出口到 %2（%5）。</translation>
    </message>
    <message>
        <source>%1 has needed no licence for %2 under the rules in ChipTrace&apos;s data, from %3 on.</source>
        <translation>根据 ChipTrace 数据中的规则，自 %3 起 %1 出口到 %2 无需许可证。</translation>
    </message>
    <message>
        <source>Bought domestically: a PRC-domestic part needs no US export licence to reach %1.</source>
        <translation>在国内购买：中国国产部件进入 %1 无需美国出口许可证。</translation>
    </message>
    <message>
        <source>%1 is a PRC-domestic design: US export licences do not govern its sale in China, so no legal-export window applies; its classification describes its parameters only.</source>
        <translation>%1 是中国国产设计：美国出口许可证不管辖其在中国的销售，因此不存在合法出口窗口期；其分类仅描述其参数。</translation>
    </message>
    <message>
        <source>From %1 the data cannot decide.</source>
        <translation>自 %1 起，数据无法判定。</translation>
    </message>
    <message>
        <source>Earlier in practice: %1</source>
        <translation>实际上更早：%1</translation>
    </message>
</context>
<context>
    <name>Workbench</name>
    <message>
        <source>Scan %1</source>
        <translation>扫描 %1</translation>
    </message>
</context>
</TS>
