<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>Catalog</name>
    <message>
        <source>Unknown accelerator &quot;%1&quot;; &apos;chiptrace catalog&apos; lists the names.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is ambiguous; it matches:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not of the form value[~] [sources]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>source reference &apos;%1&apos; is not a number from 1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a non-negative number, &apos;?&apos; or &apos;n/a&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not y, n, &apos;?&apos; or &apos;n/a&apos;</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>briefing.pdf</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Marking:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rendering the preview…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n page(s); content sha256 %1</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The preview is not ready yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1: %2. Choose another folder or free some space.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChipTrace::Case</name>
    <message>
        <source>%1 is not a readable ChipTrace case: it is damaged or not a case file (%2). The file was not changed; restore it from a backup or a bundle.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot back up %1 before upgrading it: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The import was cancelled; nothing was added.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This change cannot be undone or redone: the item was changed since (by a later edit or a merge).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The audit trail was edited outside ChipTrace at entry %1 (%2 %3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2 was added outside ChipTrace.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2 was changed outside ChipTrace.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2 was deleted outside ChipTrace.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The audit trail was cut back or rewritten outside ChipTrace: entry %1, recorded on this computer at the last change, is missing or different (or the file was replaced by an older copy).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1 into the bundle: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The bundle is damaged: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChipTrace::Case::Bundle</name>
    <message>
        <source>Cannot create %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot finish %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot move the bundle into place at %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a ChipTrace bundle: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The bundle holds an unsafe path (%1); it was not imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The bundle is damaged: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 holds no case database; it is not a ChipTrace bundle.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChipTrace::Case::CaseFile</name>
    <message>
        <source>%1 already exists; choose another name for the new case.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A case needs a title.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no case file at %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no SQLite header</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is an SQLite database but not a ChipTrace case.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was written by a newer ChipTrace (case format %2; this version reads up to %3). Update ChipTrace to open it. The file was not changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no case record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot upgrade %1 to the current case format: %2. The backup next to it holds the file as it was.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A name is required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save lab %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save model %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save source %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save finding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evidence needs a finding or a quote.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save evidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save conclusion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot remove items of kind &apos;%1&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The item to remove is not in the case.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot store the captured copy in %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The evidence item to review is not in the case.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The comment is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The evidence item to comment on is not in the case.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Redo: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This %1 item refers to a lab, model, source, finding or evidence item that is not in the case. Add that first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A required field of this %1 item is empty (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database is damaged: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The captured copy of &quot;%1&quot; is missing (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The captured copy of &quot;%1&quot; changed since it was captured (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create a temporary folder for the bundle.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot snapshot the case: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 already exists; choose another place for the imported case.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create a temporary folder for the merge.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merge %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resolve conflict</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no such conflict in this case.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This conflict was already resolved.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChipTrace::Case::CaseMerger</name>
    <message>
        <source>Cannot copy the captured copy %1 into the case.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a copy of another case (&quot;%2&quot;); only copies of the same case can be merged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The merge was cancelled; nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChipTrace::Case::Database</name>
    <message>
        <source>Cannot open %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The disk is full: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChipTrace::Catalog</name>
    <message>
        <source>&apos;%1&apos; is not YYYY, YYYY-MM or YYYY-MM-DD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not datacenter, workstation or consumer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not y, n or domestic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not us, prc-domestic or cloud-only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>source [%1] does not exist: the row lists %2 sources</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 fields, the header has %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a lower-case slug (a-z, 0-9, &apos;-&apos;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>every entry needs at least one source</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChipTrace::Catalog::Catalog</name>
    <message>
        <source>%1:%2: a quoted field is not closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: no header line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1:%2: field &apos;%3&apos;: column missing from the header</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1:%2: field &apos;id&apos;: &apos;%3&apos; is used twice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the catalog %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChipTrace::Cli</name>
    <message>
        <source>Cloned %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fetched %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Path: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HEAD: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not written (unsafe path): %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Submodule not fetched: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cloned %1 into %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fetched %1 in %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Act as this reviewer (default: the configured identity, else the OS user).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: chiptrace %1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The case title (default: the file name).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The question the case answers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create a new case file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print JSON.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show what a case holds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case:      %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Question:  %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Format:    %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Modified:  %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Labs %1, models %2, sources %3, findings %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evidence %1: %2 proposed, %3 accepted, %4 disputed, %5 rejected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comments %1, conclusions %2, open conflicts %3, audit entries %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check a case&apos;s audit trail, rows and captured copies for tampering.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PROBLEM: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 audit entries, %2 rows, %3 captured copies checked: %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OK</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write a case and its captured copies as one bundle file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unpack a bundle into a new case file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merge another copy of the case (a bundle or a case file) into CASE.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 added, %2 updated, %3 unchanged, %4 conflict(s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CONFLICT: %1 %2 differs in both copies; ours is kept until resolved in the workbench.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: chiptrace case new|info|verify|export|import|merge ... (see chiptrace case &lt;command&gt; --help)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vendor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Arch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CC</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Segment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mem GB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TPP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>~ unverified figure, ? unknown. &apos;chiptrace catalog CHIP&apos; shows one entry with its sources.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vendor / family</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Architecture / die</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Aliases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compute capability</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Released</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Memory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dense TOPS fp16/fp8/int8/fp4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Formats bf16/fp8/fp4/tf32</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Features</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interconnect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GPUDirect RDMA</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Die area mm2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Collective / stack</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>China-specific / origin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TPP / PD (computed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sources:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List the accelerator catalog, or show the named accelerators.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Optional names or aliases to show.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>text, json or csv.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--format takes text, json or csv.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown accelerator &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>controlled: a licence is required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not controlled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>undecidable from the data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status:          </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Classification:  </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rule:            </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>since </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TPP / PD:        </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Licence exception: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review policy:   </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason:          </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note:            </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Legal window:    </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Avenue:          </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export-control status of an accelerator on a date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accelerator name or alias, e.g. H800, &quot;A100 80GB&quot;, 4090D.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date (YYYY-MM-DD); default today.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Destination country code (default CN).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>text or json.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: chiptrace classify CHIP --date YYYY-MM-DD [--destination CN] [--format text|json]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date of the form YYYY-MM-DD.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep a token for private https repositories of HOST in the system keychain (read from standard input), or remove it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>set HOST USER | remove HOST</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No token on standard input.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Candidates: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step %1 [%2] %3: %4, %5 -&gt; %6</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  eliminated (%1): %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  kept, data cannot decide (%1): %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  CONFLICT: this step would eliminate every remaining candidate; it was not applied.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remaining (%1):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(hints %1%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(undecided: %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--strength takes proof, strong or hint, not &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Apply constraints to the accelerator catalog, in order.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A step&apos;s constraint, e.g. &quot;vendor != AMD&quot; (repeat for more steps).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Strength of the step at the same position: proof, strong (default) or hint.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evidence label of the step at the same position.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Explain why this chip is in or out (repeatable).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Also give each remaining chip&apos;s export-control status on this date (YYYY-MM-DD).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Destination for --date (default CN).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: chiptrace funnel --constraint EXPR [--strength proof|strong|hint]... [--format text|json]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the briefing of a case as a PDF.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The case file (.chiptrace).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the PDF to &lt;file&gt;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Banner text at the top and bottom of every page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Brief on the model with this id (default: the first).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Country code the export rules are applied for (default: the lab&apos;s, else CN).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date and time recorded as the generation time, ISO 8601 (default: the case&apos;s last change, so the same case gives the same file).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>when</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: chiptrace report CASE --output FILE.pdf [--marking TEXT]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--generated-at needs an ISO 8601 date and time, e.g. 2026-11-23T12:00:00Z.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This build cannot read case files.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List the repository store (size, last update), remove an entry, or prune entries not updated for DAYS days.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>list | remove URL|PATH | prune</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>prune: not updated for DAYS days (default 90)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Store: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removed %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChipTrace::Demo</name>
    <message>
        <source>The demo file %1 is missing from the build</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot stage %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot remove %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write the index</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write the tree</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the tree</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invalid demo author</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read HEAD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create the commit &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot find the commit to tag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create the tag %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 exists and is not empty; choose another folder for the demo repository</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create a repository in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open the index</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the demo description %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a JSON object: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: commit %2 needs a valid &quot;date&quot; and a &quot;message&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 needs a &quot;name&quot; and at least one commit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 needs a title, a lab and a model</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChipTrace::Evidence</name>
    <message>
        <source>%1 is a web address; ChipTrace does not fetch pages. Save the page (or its WARC/WACZ from a web archive) and import that file, with --source-url to record where it came from.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 does not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a regular file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is %2 MiB; the import limit is %3 MiB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot create the evidence store folder %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot write the stored copy %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>import of %1 cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: no text could be read from it%2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChipTrace::Funnel</name>
    <message>
        <source>holds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>fails</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot be decided</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChipTrace::Funnel::Constraint</name>
    <message>
        <source>Constraint &quot;%1&quot;: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2 (%3 is %4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 for %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChipTrace::Funnel::Funnel</name>
    <message>
        <source>%1 is not among the funnel&apos;s candidates.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>step %1 (%2, %3: %4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is out: eliminated by %2. %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is still in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is disabled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was not applied: it would eliminate every remaining candidate (conflict). %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 ranks only: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 kept it because the catalog cannot decide: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is satisfied: %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChipTrace::Funnel::Parser</name>
    <message>
        <source>expected &apos;and&apos;, &apos;or&apos; or the end, found &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>column %1: the quoted text is not closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>column %1: &apos;!&apos; must be followed by &apos;=&apos; (use &apos;not&apos; to negate)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>column %1: unexpected character &apos;%2&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>end of text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>column %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected &apos;)&apos;, found &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a value for &apos;%1&apos;, found &apos;%2&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is a number; &apos;%2&apos; is not one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is yes or no; &apos;%2&apos; is neither</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected &apos;[&apos; after &apos;in&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected &apos;,&apos; or &apos;]&apos; in the list, found &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a property, &apos;not&apos; or &apos;(&apos;, found &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown property &apos;%1&apos;; known: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected an operator (= != &lt; &lt;= &gt; &gt;= in) after &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; compares numbers; &apos;%2&apos; takes = or != or in</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChipTrace::Git</name>
    <message>
        <source>The repository has %1 objects, more than the limit of %2. Raise the object limit if you trust this repository.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The transfer exceeded the size limit of %1. Raise the size limit if you trust this repository, or clone with a depth.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transfer from %1 cancelled; nothing was kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has more objects than the limit of %2. Raise the object limit if you trust this repository, or clone with a depth.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 holds an object or pack larger than the configured limits. Raise the limits if you trust this repository.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 requires authentication. Store a token for this host in the system keychain (see README) or load your SSH key into ssh-agent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The host of %1 could not be found. Check the URL, your network and proxy settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The disk holding the repository store is full. Free space or prune the store (chiptrace store prune).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No repository at %1: the folder does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No repository at %1. Check the URL; a private repository may also answer like this without credentials.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Network error while fetching %1. Check your network and proxy settings and retry.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fetching %1 failed; the remote sent something ChipTrace refuses.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Listing references</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removing %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opening the received pack</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The repository holds an object of %1, more than the limit of %2 per object. Raise the limit if you trust this repository.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cancelled before connecting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keeping %1 reachable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The disk is full while writing %1 (%2). Free space or prune the store.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (larger than the file size limit)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (unusable symbolic link)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writing the files was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The tree has more than %1 files, the checkout limit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the commit to check out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the tree to check out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Walking the tree to check out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opening the repository configuration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writing the repository configuration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opening %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChipTrace::Git::ChangeReport</name>
    <message>
        <source>Cloned: %n commit(s).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Up to date: nothing changed since the last fetch.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%n new commit(s).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  new      %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  updated  %1 (%n new commit(s))</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  REWRITTEN %1: force-pushed, %n commit(s) dropped, kept as %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  DELETED  %1: %n commit(s) no longer on the branch, kept as %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%n commit(s) the remote no longer has stay readable in the store.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChipTrace::Git::Keychain</name>
    <message>
        <source>The system keychain refused the credential: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The system keychain refused to remove the credential: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChipTrace::Git::RepositoryStore</name>
    <message>
        <source>Cannot create the repository store at %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is being fetched by another ChipTrace; try again when it is done.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not in the repository store yet; clone it first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is already in the store at %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create a folder in %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Creating the repository in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not move the new clone into %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not in the repository store (%2); clone it first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not remove %1 completely.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChipTrace::Git::TransferProgress</name>
    <message>
        <source>Connecting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Receiving objects: %1/%2, %3 at %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resolving deltas: %1/%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Updating references…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writing files: %1</source>
        <translation type="unfinished"></translation>
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
</context>
<context>
    <name>ChipTrace::PluginsDialog</name>
    <message>
        <source>About Plugins</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evidence importers turn papers, archived pages and web pages into evidence. Searched: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plugins</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plugin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version</source>
        <translation type="unfinished">版本</translation>
    </message>
    <message>
        <source>Reads</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Load errors:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plugin load errors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChipTrace::Report</name>
    <message>
        <source>almost no chance (1–5%)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>very unlikely (5–20%)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unlikely (20–45%)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>roughly even chance (45–55%)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>likely (55–80%)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>very likely (80–95%)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>almost certain (95–99%)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not assessed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not controlled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>controlled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>controlled, licence exception</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mixed: depends on the candidate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>undecidable from the rule data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not graded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>accepted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>disputed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rejected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not reviewed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>repository</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>paper</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>archived page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>web page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>p. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>captured %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bottom line up front</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The funnel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Candidates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key evidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disputed evidence and dissent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Method and limits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Appendix A: Evidence register</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Appendix B: Every finding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Appendix C: Captured sources</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Appendix D: Provenance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lab</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Training date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prepared by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Generated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Question</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assessment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>undetermined</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Likely hardware</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export status at %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Each step applies a constraint implied by accepted evidence to the catalog of %n accelerators; the bars show how many candidates remain.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Constraint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remaining</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Eliminated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Candidate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vendor / architecture</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deciding rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Citation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Implies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Observed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reliability</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dissent by %1, %2:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No evidence was marked as key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evidence a reviewer disputed or rejected, and every recorded dissent. Disputed evidence does not narrow the funnel.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dissent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No evidence is disputed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When (UTC)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removed:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Method</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Limits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n dissent(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>first seen %1 in %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>removed %1 in %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>at HEAD</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n finding(s) from the scanner, signatures and claims, including those in vendored code and those the lab later removed.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Location</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>History</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The SHA-256 of each captured source as stored in the case; for repositories, the commit the scan read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Captured (UTC)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SHA-256</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tool version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accelerator catalog version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export-control rule pack version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signature packs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Generated at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Generated by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Content digest (SHA-256)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The same case file, catalog, rule pack and settings produce the same content; the content digest identifies it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChipTrace::Report::BriefingBuilder</name>
    <message>
        <source>Which accelerators trained %1?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChipTrace::Report::Build</name>
    <message>
        <source>rejects</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>disputes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quote from %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(vendored)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>commit %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not captured</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>and %n more</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>(conflict: not applied)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(hint: ranks only)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No candidate remains.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The remaining candidates differ in status; see the candidate table.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 candidate(s) remain after %2 accepted constraint(s) (%3 proof); %4 disputed item(s); %5 conflicting step(s).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>most likely</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>possible</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Training of %1 starts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Training of %1 ends</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 released</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 removed from %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export rule in force: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code signatures and claims in the lab&apos;s repositories, papers and archived pages are evidence; each implies a constraint on the hardware (e.g. NCCL implies NVIDIA; bfloat16 implies compute capability 8.0 or later), following Gupta, Walker and Reddie (2024), &quot;Whack-a-Chip&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Every constraint from accepted evidence is applied in turn to the accelerator catalog (%n entries); proof and strong evidence eliminate, hints only rank the survivors.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Export-control status is computed from the catalog&apos;s figures and the dated rules at the training date (%1), for destination %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sources are graded on the Admiralty scale; every item is reviewed by an analyst other than its author; confidence uses the estimative language of ICD 203.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code shows what a lab&apos;s software supports, not what it ran on; a repository may be used on several kinds of hardware.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An unknown catalog figure never eliminates a chip, and a classification the rule data cannot decide is reported as such.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disputed and rejected evidence does not narrow the funnel; it is listed with the dissent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Claims are self-reported; archived pages show what a page said at capture time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is a research aid, not legal advice.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChipTrace::Report::PdfRenderer</name>
    <message>
        <source>UNCLASSIFIED // OPEN SOURCE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rendering a briefing needs a QGuiApplication (fonts); run it with QT_QPA_PLATFORM=offscreen where there is no display.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not start the PDF writer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Generated %1 from %2 · content %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChipTrace::Rules</name>
    <message>
        <source>%1: field &apos;id&apos; is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: field &apos;kind&apos;: &apos;%2&apos; is not one of %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: field &apos;effective&apos;/&apos;until&apos; is not a YYYY-MM-DD date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Borderline: %1 %2 is within 2% of the %3 threshold; a different figure could change the result.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TPP %1 (%2 dense TOPS x %3 bits)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %1 dense throughput behind TPP is unverified.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The die area (%1 mm2) behind performance density is unverified.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>undecidable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not 3A090</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is below 1600, the floor of every 3A090 prong</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 lies between 1600 and 4800, where 3A090.a.2 and 3A090.b depend on performance density, and the die area is unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>performance density %1 (TPP / %2 mm2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 &gt;= 1600 and %2 &gt;= 5.92 (3A090.a.2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 in [2400, 4800) and %2 in [1.6, 5.92) (3A090.b.1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 &gt;= 1600 and %2 in [3.2, 5.92) (3A090.b.2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 and %2 fall below 3A090.a (PD &gt;= 5.92) and 3A090.b (TPP &gt;= 2400 with PD &gt;= 1.6, or PD &gt;= 3.2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>performance density</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TPP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no dense throughput figure is known, so TPP cannot be computed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is below 4800 (the 2022 test needs TPP &gt;= 4800 and I/O &gt;= 600 GB/s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 &gt;= 4800, but the chip-to-chip I/O bandwidth is unknown (the 2022 test needs &gt;= 600 GB/s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 &gt;= 4800, but aggregate I/O %2 GB/s is below 600 GB/s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 &gt;= 4800 and aggregate I/O %2 GB/s &gt;= 600 GB/s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I/O bandwidth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The I/O bandwidth figure (%1 GB/s) is unverified.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 &gt;= 4800 (3A090.a.1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>; not designed or marketed for datacenters, so License Exception NAC/ACA can apply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not designed or marketed for datacenters and %1 is below 4800: excluded by the Note to 3A090 (otherwise %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Whether %1 is designed or marketed for datacenters is unverified.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 would be %2, unless it is not designed or marketed for datacenters, which the catalog does not know</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>H20-class licence requirement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is named in the letters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (DRAM bandwidth %1 GB/s; the reported threshold is 1400 GB/s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DRAM bandwidth %1 GB/s and I/O %2 GB/s reach the reported thresholds (DRAM &gt;= 1400, or I/O &gt;= 1100, or together &gt;= 1700 GB/s; %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the memory or I/O bandwidth is unknown, so the reported H20-class thresholds cannot be tested</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DRAM bandwidth %1 GB/s and I/O %2 GB/s stay below the reported H20-class thresholds (DRAM &gt;= 1400, I/O &gt;= 1100, together &gt;= 1700 GB/s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DRAM bandwidth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2), in force since %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was added to its destinations only on %2 (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it does not cover %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its coverage of %1 is not in ChipTrace&apos;s data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 under %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 under %3, but %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 under %3; %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not controlled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: no US export control on AI accelerators was in force on %2; ECCN 3A090 took effect on 7 Oct 2022.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2), in force for %3 since %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The April 2025 letters do not reach it: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>However, a licence is required under %1: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>presumption of denial</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Whether the %1 case-by-case zone applies cannot be decided: TPP or DRAM bandwidth is unknown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>case-by-case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Since %1 (%2) licence applications are reviewed case by case: TPP %3 &lt; 21000 and DRAM bandwidth %4 GB/s &lt; 6500 GB/s (exports from the US only; supply, shipment-share, KYC and US third-party testing conditions).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outside the %1 case-by-case zone (needs TPP &lt; 21000 and DRAM bandwidth &lt; 6500 GB/s; here TPP %2, DRAM %3 GB/s): presumption of denial remains.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not sold as merchant silicon; access is by renting cloud capacity, so the classification describes its parameters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a PRC-domestic design (%2), not a US export: this classifies its parameters only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (parameters only)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Whether the EAR reaches it depends on the foreign-direct-product rules, the Entity List and General Prohibition 10, which ChipTrace does not evaluate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its release</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bought while legal and stockpiled: possible from %1 until %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bought after %1 through intermediaries: would have needed a licence for %2; diversion or smuggling.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rented in a cloud abroad: remote access is not an export of the chip, but since 17 Nov 2023 exports to entities headquartered in D:5 or Macau need a licence wherever they are.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A compliant part: no licence was required for %1 under the rules in the data.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChipTrace::Rules::BuiltinRules</name>
    <message>
        <source>The built-in export-control rules are missing: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChipTrace::Rules::ExportRules</name>
    <message>
        <source>%1: offset %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: rule %2 (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: field &apos;rules&apos;: no rule versions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The export-control rules are not loaded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was released in %2, after this date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its release</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 never could be exported to %2 without a licence: it was controlled from its release (%3, %4).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 could be exported to %2 without a licence from %3 until %4 (%5).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has needed no licence for %2 under the rules in ChipTrace&apos;s data, from %3 on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bought domestically: a PRC-domestic part needs no US export licence to reach %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a PRC-domestic design: US export licences do not govern its sale in China, so no legal-export window applies; its classification describes its parameters only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From %1 the data cannot decide.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Earlier in practice: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChipTrace::Scan</name>
    <message>
        <source>Cannot list the references</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot walk the history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>History walk stopped early</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Missing commit %1: skipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Missing tree of commit %1: its changes are skipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot compare commit %1 with its parent; its changes are skipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Walked %1 commits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Missing object %1 (%2): skipped</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChipTrace::Scan::HistoryScanner</name>
    <message>
        <source>%1 is not a git repository</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChipTrace::Scan::Matcher</name>
    <message>
        <source>No signature rules are loaded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1:%2: rule &quot;%3&quot;: pattern %4 cannot be compiled: %5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Out of memory allocating the matcher&apos;s scratch space.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChipTrace::Scan::Scanner</name>
    <message>
        <source>%1 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a folder; give the repository&apos;s folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The scan was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChipTrace::Signatures</name>
    <message>
        <source>missing field &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>field &quot;%1&quot; must be text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>field &quot;%1&quot; must be a list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>items of &quot;%1&quot; must be text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>examples.%1 must be a list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an example must be text or {text, path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>within_lines must be a whole number &gt;= 0</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown context &quot;%1&quot; (use code, comment, string, prose)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>field &quot;%1&quot; must be true or false</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown field &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a rule must be a mapping of fields</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a rule needs at least one pattern</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>strength must be proof, strong or hint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>examples must hold match: and no_match: lists</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1:%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1:%2: rule &quot;%3&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1:%2: rule &quot;%3&quot; is defined twice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1:%2: rule &quot;%3&quot;: implies &quot;%4&quot;: %5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1:%2: rule &quot;%3&quot; refers to unknown rule &quot;%4&quot;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChipTrace::Signatures::SignaturePack</name>
    <message>
        <source>a signature pack needs a top-level &quot;rules:&quot; list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>duplicate rule id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read signature pack %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChipTrace::Ui</name>
    <message>
        <source>Implies: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>References: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChipTrace::Ui::ChipCardModel</name>
    <message>
        <source>controlled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not controlled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>undecidable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Eliminated by step %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Still a candidate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, eliminated: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, candidate, %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChipTrace::Ui::CodeEditor</name>
    <message>
        <source>Source code</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChipTrace::Ui::CodeViewer</name>
    <message>
        <source>Shown file and version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find in file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next Hit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previous Hit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go to Line…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find in File…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find previous</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close find bar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No file open. Double-click a finding or a file to show it here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;%1&lt;/b&gt; — %2 — %3 · %n hit(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>plain text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go to Line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line (1–%1):</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChipTrace::Ui::FunnelStepModel</name>
    <message>
        <source>conflict: would eliminate every remaining candidate, not applied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>hint: ranks candidates, eliminates none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>disabled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>applied: %1 → %2 candidates</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChipTrace::Ui::FunnelView</name>
    <message>
        <source>Candidates remaining</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Funnel steps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Candidate accelerators</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Candidates remaining after each step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Candidates remaining chart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No step applied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previous step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All steps applied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replay the funnel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status at:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export-control date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export-control date slider</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Catalog</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No evidence in the funnel yet: make findings evidence to add steps.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step %1 of %2 — %3 candidate(s) remain</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChipTrace::Ui::TimelineView</name>
    <message>
        <source>Evidence timeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No dated evidence yet: scan a repository with its history.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evidence over time (first %1 of %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evidence over time</source>
        <translation type="unfinished"></translation>
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
        <translation>      chiptrace &lt;命令&gt; [参数]</translation>
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
        <translation>运行 &apos;chiptrace &lt;命令&gt; --help&apos; 查看该命令的选项。</translation>
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
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Create, inspect, verify, export, import and merge case files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List the accelerator catalog, or show accelerators with their sources</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export-control status of an accelerator on a date, with the reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clone a repository into the ChipTrace store (full history unless --depth); an already stored one is fetched instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>https, ssh, git:// URL or local path</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only the last N commits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep only the git data, write no files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No progress output</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clone a repository into the ChipTrace store</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Store or remove a token for private repositories in the system keychain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fetch a stored repository (by its URL or its folder in the store) and report what changed: new commits, force-pushed or deleted branches and tags.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>URL or store folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Update a stored repository and report what changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Apply evidence constraints to the accelerator catalog and show what remains</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrote %1: %2 pages, content sha256 %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the PDF briefing of a case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scan a repository for hardware signatures and chip claims.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The repository&apos;s folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scan every commit of the git history, not only the working tree.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Also load the signature pack FILE (repeatable).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Do not load the signature packs shipped with ChipTrace.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Output format: text, json or sarif.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the report to FILE instead of standard output.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give exactly one PATH.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown format &quot;%1&quot;: use text, json or sarif.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>warning: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scan a repository (working tree or whole history) for hardware signatures and claims</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List, remove or prune repositories in the ChipTrace store</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Evidence</name>
    <message>
        <source>not loaded yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>loaded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rejected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>failed to load</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>plugin metadata lacks: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a Qt plugin, or built with an incompatible Qt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>interface %1 does not match this ChipTrace (%2); rebuild the plugin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>another plugin named &quot;%1&quot; was found first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the plugin does not implement the importer interface</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the importer for %1 could not be loaded (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no evidence importer plugins were found (searched %1); set CHIPTRACE_PLUGIN_PATH or reinstall</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a format ChipTrace can import; supported: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Importing %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported from %1 by the %2 importer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import problems:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Claim in &quot;%1&quot; (%2); scope in the text: %3.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Report</name>
    <message>
        <source>completely reliable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>usually reliable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>fairly reliable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not usually reliable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unreliable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reliability cannot be judged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>confirmed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>probably true</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>possibly true</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>doubtfully true</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>improbable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>truth cannot be judged</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Catalog: %n accelerator(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n entries</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n rule version(s), latest %1</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>The case has no model with id %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The case has no model to brief on; add the model under investigation first.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
