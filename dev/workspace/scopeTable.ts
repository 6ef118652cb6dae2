/**
 * The OAuth scopes Google's Apps Script reference lists for each method the in-memory workspace
 * imitates. Every method page ends with "Authorization: Scripts that use this method require
 * authorization with one or more of the following scopes", or with nothing when the method needs
 * no authorization; `page` is the class's reference page, each method is `page#method(…)`.
 * Scopes of methods the workspace does not imitate are listed too, so that a newly imitated
 * method of a listed class is already covered; a class not listed here makes every call of it
 * throw (see scopes.ts), so a new class cannot be imitated without its scopes.
 *
 * Where a method's overloads list different scopes (SpreadsheetApp.setActiveSheet,
 * Range.getDataTable), the listed ones count: one overload needs them. A deprecated method
 * (the pages' "Deprecated methods") is given the scopes of the methods of its class that
 * replaced it: Range.getFontColors those of getFontColorObjects, Session.getUser those of
 * getActiveUser, Ui.showDialog those of showModalDialog.
 */
const SPREADSHEETS_CURRENTONLY = 'https://www.googleapis.com/auth/spreadsheets.currentonly';
const SPREADSHEETS = 'https://www.googleapis.com/auth/spreadsheets';
const DOCUMENTS_CURRENTONLY = 'https://www.googleapis.com/auth/documents.currentonly';
const DOCUMENTS = 'https://www.googleapis.com/auth/documents';
const DRIVE = 'https://www.googleapis.com/auth/drive';
const DRIVE_APPDATA = 'https://www.googleapis.com/auth/drive.appdata';
const DRIVE_FILE = 'https://www.googleapis.com/auth/drive.file';
const DRIVE_MEET_READONLY = 'https://www.googleapis.com/auth/drive.meet.readonly';
const DRIVE_METADATA = 'https://www.googleapis.com/auth/drive.metadata';
const DRIVE_METADATA_READONLY = 'https://www.googleapis.com/auth/drive.metadata.readonly';
const DRIVE_PHOTOS_READONLY = 'https://www.googleapis.com/auth/drive.photos.readonly';
const DRIVE_READONLY = 'https://www.googleapis.com/auth/drive.readonly';
const DRIVE_SCRIPTS = 'https://www.googleapis.com/auth/drive.scripts';

/** Sheets API v4: writes, and reads (https://developers.google.com/workspace/sheets/api/scopes). */
const SHEETS_API_WRITE: readonly string[] = [DRIVE, DRIVE_FILE, SPREADSHEETS];
const SHEETS_API_READ: readonly string[] = [
  DRIVE,
  DRIVE_FILE,
  DRIVE_READONLY,
  SPREADSHEETS,
  'https://www.googleapis.com/auth/spreadsheets.readonly',
];

/** Any of these authorises the method. */
type Scopes = readonly string[];

/** Google lists no authorization for the method. */
const NONE: Scopes = [];
const SHEETS: Scopes = [SPREADSHEETS_CURRENTONLY, SPREADSHEETS];
const ANY_SPREADSHEET: Scopes = [SPREADSHEETS];
const DOCS: Scopes = [DOCUMENTS_CURRENTONLY, DOCUMENTS];
const ANY_DOCUMENT: Scopes = [DOCUMENTS];
const USER_EMAIL: Scopes = ['https://www.googleapis.com/auth/userinfo.email'];
const CONTAINER_UI: Scopes = ['https://www.googleapis.com/auth/script.container.ui'];
const BIGQUERY: Scopes = ['https://www.googleapis.com/auth/bigquery.readonly'];

/** Drive API v3: each REST method's page lists "Authorization scopes: Requires one of the following OAuth scopes". */
const DRIVE_READ: Scopes = [
  DRIVE,
  DRIVE_APPDATA,
  DRIVE_FILE,
  DRIVE_MEET_READONLY,
  DRIVE_METADATA,
  DRIVE_METADATA_READONLY,
  DRIVE_PHOTOS_READONLY,
  DRIVE_READONLY,
];
const DRIVE_WRITE: Scopes = [DRIVE, DRIVE_APPDATA, DRIVE_FILE];
const DRIVE_UPDATE: Scopes = [DRIVE, DRIVE_APPDATA, DRIVE_FILE, DRIVE_METADATA, DRIVE_SCRIPTS];
const DRIVE_COPY: Scopes = [DRIVE, DRIVE_APPDATA, DRIVE_FILE, DRIVE_PHOTOS_READONLY];
const DRIVE_SHARE: Scopes = [DRIVE, DRIVE_FILE];
const DRIVE_SHARE_READ: Scopes = [
  DRIVE,
  DRIVE_FILE,
  DRIVE_MEET_READONLY,
  DRIVE_METADATA,
  DRIVE_METADATA_READONLY,
  DRIVE_PHOTOS_READONLY,
  DRIVE_READONLY,
];

/** Method names, as written in the table: separated by white space. */
function words(parts: TemplateStringsArray): string[] {
  return parts.join(' ').trim().split(/\s+/);
}

export interface ClassScopes {
  /** Google's reference page of the class (for Drive, of the REST resource). */
  page: string;
  /** Scopes → the methods whose page lists exactly those; NONE for methods Google lists none for. */
  methods: ReadonlyArray<readonly [Scopes, readonly string[]]>;
}

/** A class none of whose methods Google lists a scope for. */
function unscoped(page: string, methods: string[]): ClassScopes {
  return { page, methods: [[NONE, methods]] };
}

export const SCOPE_TABLE: Readonly<Record<string, ClassScopes>> = {
  Session: {
    page: 'https://developers.google.com/apps-script/reference/base/session',
    methods: [
      [USER_EMAIL, words`getActiveUser getEffectiveUser getUser`],
      [NONE, words`getActiveUserLocale getScriptTimeZone getTemporaryActiveUserKey getTimeZone`],
    ],
  },
  User: unscoped('https://developers.google.com/apps-script/reference/base/user', words`getEmail getUserLoginId`),
  Ui: {
    page: 'https://developers.google.com/apps-script/reference/base/ui',
    methods: [
      [CONTAINER_UI, words`showDialog showModalDialog showModelessDialog showSidebar`],
      [NONE, words`alert createAddonMenu createMenu prompt`],
    ],
  },
  Menu: unscoped('https://developers.google.com/apps-script/reference/base/menu', words`addItem addSeparator addSubMenu addToUi`),
  PromptResponse: unscoped(
    'https://developers.google.com/apps-script/reference/base/prompt-response',
    words`getResponseText getSelectedButton`,
  ),
  Blob: unscoped(
    'https://developers.google.com/apps-script/reference/base/blob',
    words`
          copyBlob getAllBlobs getAs getBytes getContentType getDataAsString getName isGoogleType setBytes
          setContentType setContentTypeFromExtension setDataFromString setName
        `,
  ),
  Logger: unscoped('https://developers.google.com/apps-script/reference/base/logger', words`clear getLog log`),
  HtmlService: unscoped(
    'https://developers.google.com/apps-script/reference/html/html-service',
    words`
          createHtmlOutput createHtmlOutputFromFile createTemplate createTemplateFromFile getUserAgent
        `,
  ),
  HtmlOutput: unscoped(
    'https://developers.google.com/apps-script/reference/html/html-output',
    words`
          addMetaTag append appendUntrusted asTemplate clear getAs getBlob getContent getFaviconUrl getHeight
          getMetaTags getTitle getWidth setContent setFaviconUrl setHeight setSandboxMode setTitle setWidth
          setXFrameOptionsMode
        `,
  ),
  HtmlOutputMetaTag: unscoped('https://developers.google.com/apps-script/reference/html/html-output-meta-tag', words`getContent getName`),
  HtmlTemplate: unscoped(
    'https://developers.google.com/apps-script/reference/html/html-template',
    words`evaluate getCode getCodeWithComments getRawContent`,
  ),
  PropertiesService: unscoped(
    'https://developers.google.com/apps-script/reference/properties/properties-service',
    words`getDocumentProperties getScriptProperties getUserProperties`,
  ),
  Properties: unscoped(
    'https://developers.google.com/apps-script/reference/properties/properties',
    words`
          deleteAllProperties deleteProperty getKeys getProperties getProperty setProperties setProperty
        `,
  ),
  LockService: unscoped(
    'https://developers.google.com/apps-script/reference/lock/lock-service',
    words`getDocumentLock getScriptLock getUserLock`,
  ),
  Lock: unscoped('https://developers.google.com/apps-script/reference/lock/lock', words`hasLock releaseLock tryLock waitLock`),
  CacheService: unscoped(
    'https://developers.google.com/apps-script/reference/cache/cache-service',
    words`getDocumentCache getScriptCache getUserCache`,
  ),
  Cache: unscoped('https://developers.google.com/apps-script/reference/cache/cache', words`get getAll put putAll remove removeAll`),
  Utilities: unscoped(
    'https://developers.google.com/apps-script/reference/utilities/utilities',
    words`
          base64Decode base64DecodeWebSafe base64Encode base64EncodeWebSafe computeDigest computeHmacSha256Signature
          computeHmacSignature computeRsaSha1Signature computeRsaSha256Signature computeRsaSignature formatDate
          formatString getUuid gzip jsonParse jsonStringify newBlob parseCsv parseDate sleep ungzip unzip zip
        `,
  ),
  Charts: unscoped(
    'https://developers.google.com/apps-script/reference/charts/charts',
    words`
          newAreaChart newBarChart newColumnChart newDataTable newDataViewDefinition newLineChart newPieChart
          newScatterChart newTableChart newTextStyle
        `,
  ),
  ChartOptions: unscoped('https://developers.google.com/apps-script/reference/charts/chart-options', words`get getOrDefault`),
  SpreadsheetApp: {
    page: 'https://developers.google.com/apps-script/reference/spreadsheet/spreadsheet-app',
    methods: [
      [ANY_SPREADSHEET, words`create open openById openByUrl`],
      [BIGQUERY, words`enableAllDataSourcesExecution enableBigQueryExecution`],
      [
        SHEETS,
        words`
          getActive getActiveRange getActiveRangeList getActiveSheet getActiveSpreadsheet getCurrentCell getSelection
          setActiveRangeList setActiveSheet setCurrentCell
        `,
      ],
      [
        NONE,
        words`
          enableLookerExecution flush getUi newCellImage newColor newConditionalFormatRule newDataSourceSpec
          newDataValidation newFilterCriteria newRichTextValue newTextStyle setActiveRange setActiveSpreadsheet
        `,
      ],
    ],
  },
  Spreadsheet: {
    page: 'https://developers.google.com/apps-script/reference/spreadsheet/spreadsheet',
    methods: [
      [
        SHEETS,
        words`
          addDeveloperMetadata addEditor addEditors addMenu addViewer addViewers appendRow autoResizeColumn copy
          deleteActiveSheet deleteColumn deleteColumns deleteRow deleteRows deleteSheet duplicateActiveSheet
          getActiveCell getActiveRange getActiveRangeList getBandings getColumnWidth getCurrentCell getDataRange
          getDataSourceFormulas getDataSourcePivotTables getDataSourceRefreshSchedules getDataSourceSheets
          getDataSourceTables getDataSources getDeveloperMetadata getEditors getFormUrl getFrozenColumns getFrozenRows
          getImages getIterativeCalculationConvergenceThreshold getLastColumn getLastRow
          getMaxIterativeCalculationCycles getName getNamedRanges getOwner getPredefinedSpreadsheetThemes
          getProtections getRange getRangeList getRecalculationInterval getRowHeight getSelection getSheetId
          getSheetName getSheetProtection getSheetValues getSpreadsheetLocale getSpreadsheetTheme
          getSpreadsheetTimeZone getUrl getViewers hideColumn hideRow insertColumnAfter insertColumnBefore
          insertColumnsAfter insertColumnsBefore insertDataSourceSheet insertImage insertRowAfter insertRowBefore
          insertRowsAfter insertRowsBefore insertSheet insertSheetWithDataSourceTable isAnonymousView isAnonymousWrite
          isColumnHiddenByUser isIterativeCalculationEnabled isRowHiddenByFilter isRowHiddenByUser moveActiveSheet
          moveChartToObjectSheet refreshAllDataSources removeEditor removeMenu removeNamedRange removeViewer rename
          renameActiveSheet resetSpreadsheetTheme setActiveRange setActiveRangeList setActiveSelection setActiveSheet
          setAnonymousAccess setColumnWidth setCurrentCell setFrozenColumns setFrozenRows
          setIterativeCalculationConvergenceThreshold setIterativeCalculationEnabled setMaxIterativeCalculationCycles
          setNamedRange setRecalculationInterval setRowHeight setSheetProtection setSpreadsheetLocale
          setSpreadsheetTheme setSpreadsheetTimeZone sort toast unhideColumn unhideRow updateMenu
          waitForAllDataExecutionsCompletion
        `,
      ],
      [CONTAINER_UI, words`show`],
      [
        NONE,
        words`
          createDeveloperMetadataFinder createTextFinder getActiveSheet getAs getBlob getId getNumSheets getRangeByName
          getSheetById getSheetByName getSheets
        `,
      ],
    ],
  },
  Sheet: {
    page: 'https://developers.google.com/apps-script/reference/spreadsheet/sheet',
    methods: [
      [
        SHEETS,
        words`
          addDeveloperMetadata appendRow asDataSourceSheet autoResizeColumn autoResizeColumns autoResizeRows clear
          clearConditionalFormatRules clearContents clearFormats clearNotes collapseAllColumnGroups
          collapseAllRowGroups copyTo deleteColumn deleteColumns deleteRow deleteRows expandAllColumnGroups
          expandAllRowGroups expandColumnGroupsUpToDepth expandRowGroupsUpToDepth getActiveCell getActiveRange
          getActiveRangeList getBandings getCharts getColumnGroup getColumnGroupControlPosition getColumnGroupDepth
          getColumnWidth getConditionalFormatRules getCurrentCell getDataRange getDataSourceFormulas
          getDataSourcePivotTables getDataSourceTables getDeveloperMetadata getDrawings getFilter getFormUrl
          getFrozenColumns getFrozenRows getImages getIndex getLastColumn getLastRow getMaxColumns getMaxRows getName
          getNamedRanges getParent getPivotTables getProtections getRange getRangeList getRowGroup
          getRowGroupControlPosition getRowGroupDepth getRowHeight getSelection getSheetId getSheetName
          getSheetProtection getSheetValues getSlicers getTabColor getTabColorObject getType hasHiddenGridlines
          hideColumn hideColumns hideRow hideRows hideSheet insertChart insertColumnAfter insertColumnBefore
          insertColumns insertColumnsAfter insertColumnsBefore insertImage insertRowAfter insertRowBefore insertRows
          insertRowsAfter insertRowsBefore insertSlicer isColumnHiddenByUser isRightToLeft isRowHiddenByFilter
          isRowHiddenByUser isSheetHidden moveColumns moveRows protect removeChart setActiveRange setActiveRangeList
          setActiveSelection setColumnGroupControlPosition setColumnWidth setColumnWidths setConditionalFormatRules
          setCurrentCell setFrozenColumns setFrozenRows setHiddenGridlines setName setRightToLeft
          setRowGroupControlPosition setRowHeight setRowHeights setRowHeightsForced setSheetProtection setTabColor
          setTabColorObject showColumns showRows showSheet sort unhideColumn unhideRow updateChart
        `,
      ],
      [NONE, words`activate createDeveloperMetadataFinder createTextFinder newChart`],
    ],
  },
  Range: {
    page: 'https://developers.google.com/apps-script/reference/spreadsheet/range',
    methods: [
      [
        SHEETS,
        words`
          activateAsCurrentCell addDeveloperMetadata applyColumnBanding applyRowBanding autoFill autoFillToNeighbor
          breakApart canEdit check clear clearContent clearDataValidations clearFormat clearNote collapseGroups
          copyFormatToRange copyTo copyValuesToRange createDataSourcePivotTable createDataSourceTable createFilter
          createPivotTable deleteCells expandGroups getA1Notation getBackground getBackgroundObject
          getBackgroundObjects getBackgrounds getBandings getCell getColumn getDataRegion getDataSourceFormula
          getDataSourceFormulas getDataSourcePivotTables getDataSourceTables getDataSourceUrl getDataTable
          getDataValidation getDataValidations getDeveloperMetadata getDisplayValue getDisplayValues getFilter
          getFontColor getFontColorObject getFontColorObjects getFontColors getFontFamilies getFontFamily getFontLine
          getFontLines getFontSize getFontSizes getFontStyle getFontStyles getFontWeight getFontWeights getFormula
          getFormulaR1C1 getFormulas getFormulasR1C1 getGridId getHeight getHorizontalAlignment getHorizontalAlignments
          getLastColumn getLastRow getNextDataCell getNote getNotes getNumColumns getNumRows getNumberFormat
          getNumberFormats getRichTextValue getRichTextValues getRow getRowIndex getSheet getTextDirection
          getTextDirections getTextRotation getTextRotations getTextStyle getTextStyles getValue getValues
          getVerticalAlignment getVerticalAlignments getWidth getWrap getWrapStrategies getWrapStrategy getWraps
          insertCells insertCheckboxes isBlank isChecked isEndColumnBounded isEndRowBounded isStartColumnBounded
          isStartRowBounded merge mergeAcross mergeVertically moveTo protect randomize removeCheckboxes
          removeDuplicates setBackground setBackgroundObject setBackgroundObjects setBackgroundRGB setBackgrounds
          setBorder setDataValidation setDataValidations setFontColor setFontColorObject setFontColorObjects
          setFontColors setFontFamilies setFontFamily setFontLine setFontLines setFontSize setFontSizes setFontStyle
          setFontStyles setFontWeight setFontWeights setFormula setFormulaR1C1 setFormulas setFormulasR1C1
          setHorizontalAlignment setHorizontalAlignments setNote setNotes setNumberFormat setNumberFormats
          setRichTextValue setRichTextValues setShowHyperlink setTextDirection setTextDirections setTextRotation
          setTextRotations setTextStyle setTextStyles setValue setValues setVerticalAlignment setVerticalAlignments
          setVerticalText setWrap setWrapStrategies setWrapStrategy setWraps shiftColumnGroupDepth shiftRowGroupDepth
          sort splitTextToColumns trimWhitespace uncheck
        `,
      ],
      [
        NONE,
        words`
          activate createDeveloperMetadataFinder createTextFinder getMergedRanges isPartOfMerge offset
        `,
      ],
    ],
  },
  RangeList: {
    page: 'https://developers.google.com/apps-script/reference/spreadsheet/range-list',
    methods: [
      [
        SHEETS,
        words`
          activate breakApart check clear clearContent clearDataValidations clearFormat clearNote getRanges
          insertCheckboxes removeCheckboxes setBackground setBackgroundRGB setBorder setFontColor setFontFamily
          setFontLine setFontSize setFontStyle setFontWeight setFormula setFormulaR1C1 setHorizontalAlignment setNote
          setNumberFormat setShowHyperlink setTextDirection setTextRotation setValue setVerticalAlignment
          setVerticalText setWrap setWrapStrategy trimWhitespace uncheck
        `,
      ],
    ],
  },
  NamedRange: {
    page: 'https://developers.google.com/apps-script/reference/spreadsheet/named-range',
    methods: [[SHEETS, words`getName getRange remove setName setRange`]],
  },
  Protection: {
    page: 'https://developers.google.com/apps-script/reference/spreadsheet/protection',
    methods: [
      [
        SHEETS,
        words`
          addEditor addEditors addTargetAudience canDomainEdit canEdit getDescription getEditors getProtectionType
          getRange getRangeName getTargetAudiences getUnprotectedRanges isWarningOnly remove removeEditor removeEditors
          removeTargetAudience setDescription setDomainEdit setNamedRange setRange setRangeName setUnprotectedRanges
          setWarningOnly
        `,
      ],
    ],
  },
  DataValidation: unscoped(
    'https://developers.google.com/apps-script/reference/spreadsheet/data-validation',
    words`copy getAllowInvalid getCriteriaType getCriteriaValues getHelpText`,
  ),
  DataValidationBuilder: unscoped(
    'https://developers.google.com/apps-script/reference/spreadsheet/data-validation-builder',
    words`
          build copy getAllowInvalid getCriteriaType getCriteriaValues getHelpText requireCheckbox requireDate
          requireDateAfter requireDateBefore requireDateBetween requireDateEqualTo requireDateNotBetween
          requireDateOnOrAfter requireDateOnOrBefore requireFormulaSatisfied requireNumberBetween requireNumberEqualTo
          requireNumberGreaterThan requireNumberGreaterThanOrEqualTo requireNumberLessThan
          requireNumberLessThanOrEqualTo requireNumberNotBetween requireNumberNotEqualTo requireTextContains
          requireTextDoesNotContain requireTextEqualTo requireTextIsEmail requireTextIsUrl requireValueInList
          requireValueInRange setAllowInvalid setHelpText withCriteria
        `,
  ),
  ConditionalFormatRule: unscoped(
    'https://developers.google.com/apps-script/reference/spreadsheet/conditional-format-rule',
    words`copy getBooleanCondition getGradientCondition getRanges`,
  ),
  ConditionalFormatRuleBuilder: unscoped(
    'https://developers.google.com/apps-script/reference/spreadsheet/conditional-format-rule-builder',
    words`
          build copy getBooleanCondition getGradientCondition getRanges setBackground setBackgroundObject setBold
          setFontColor setFontColorObject setGradientMaxpoint setGradientMaxpointObject
          setGradientMaxpointObjectWithValue setGradientMaxpointWithValue setGradientMidpointObjectWithValue
          setGradientMidpointWithValue setGradientMinpoint setGradientMinpointObject setGradientMinpointObjectWithValue
          setGradientMinpointWithValue setItalic setRanges setStrikethrough setUnderline whenCellEmpty whenCellNotEmpty
          whenDateAfter whenDateBefore whenDateEqualTo whenFormulaSatisfied whenNumberBetween whenNumberEqualTo
          whenNumberGreaterThan whenNumberGreaterThanOrEqualTo whenNumberLessThan whenNumberLessThanOrEqualTo
          whenNumberNotBetween whenNumberNotEqualTo whenTextContains whenTextDoesNotContain whenTextEndsWith
          whenTextEqualTo whenTextStartsWith withCriteria
        `,
  ),
  BooleanCondition: unscoped(
    'https://developers.google.com/apps-script/reference/spreadsheet/boolean-condition',
    words`
          getBackground getBackgroundObject getBold getCriteriaType getCriteriaValues getFontColor getFontColorObject
          getItalic getStrikethrough getUnderline
        `,
  ),
  EmbeddedChart: unscoped(
    'https://developers.google.com/apps-script/reference/spreadsheet/embedded-chart',
    words`
          asDataSourceChart getAs getBlob getChartId getContainerInfo getHiddenDimensionStrategy getMergeStrategy
          getNumHeaders getOptions getRanges getTransposeRowsAndColumns modify
        `,
  ),
  EmbeddedChartBuilder: unscoped(
    'https://developers.google.com/apps-script/reference/spreadsheet/embedded-chart-builder',
    words`
          addRange asAreaChart asBarChart asColumnChart asComboChart asHistogramChart asLineChart asPieChart
          asScatterChart asTableChart build clearRanges getChartType getContainer getRanges removeRange setChartType
          setHiddenDimensionStrategy setMergeStrategy setNumHeaders setOption setPosition setTransposeRowsAndColumns
        `,
  ),
  ContainerInfo: unscoped(
    'https://developers.google.com/apps-script/reference/spreadsheet/container-info',
    words`getAnchorColumn getAnchorRow getOffsetX getOffsetY`,
  ),
  DocumentApp: {
    page: 'https://developers.google.com/apps-script/reference/document/document-app',
    methods: [
      [ANY_DOCUMENT, words`create openById openByUrl`],
      [DOCS, words`getActiveDocument`],
      [NONE, words`getUi`],
    ],
  },
  Document: {
    page: 'https://developers.google.com/apps-script/reference/document/document',
    methods: [
      [
        DOCS,
        words`
          addBookmark addEditor addEditors addFooter addHeader addNamedRange addViewer addViewers getActiveTab getBody
          getBookmark getBookmarks getCursor getEditors getFooter getFootnotes getHeader getId getLanguage getName
          getNamedRangeById getNamedRanges getSelection getSupportedLanguageCodes getTab getTabs getUrl getViewers
          newPosition newRange removeEditor removeViewer saveAndClose setActiveTab setCursor setLanguage setName
          setSelection
        `,
      ],
      [NONE, words`getAs getBlob`],
    ],
  },
  Body: {
    page: 'https://developers.google.com/apps-script/reference/document/body',
    methods: [
      [
        DOCS,
        words`
          appendHorizontalRule appendImage appendListItem appendPageBreak appendParagraph appendTable copy findElement
          findText getAttributes getChild getChildIndex getFootnotes getHeadingAttributes getImages getLinkUrl
          getListItems getMarginBottom getMarginLeft getMarginRight getMarginTop getNextSibling getNumChildren
          getPageHeight getPageWidth getParagraphs getParent getPreviousSibling getTables getText getTextAlignment
          getType insertHorizontalRule insertImage insertListItem insertPageBreak insertParagraph insertTable
          isAtDocumentEnd removeChild replaceText setAttributes setHeadingAttributes setLinkUrl setMarginBottom
          setMarginLeft setMarginRight setMarginTop setPageHeight setPageWidth setText setTextAlignment
        `,
      ],
      [NONE, words`clear editAsText`],
    ],
  },
  Paragraph: {
    page: 'https://developers.google.com/apps-script/reference/document/paragraph',
    methods: [
      [
        DOCS,
        words`
          addPositionedImage appendHorizontalRule appendInlineImage appendPageBreak appendText copy findElement
          findText getAlignment getAttributes getChild getChildIndex getHeading getIndentEnd getIndentFirstLine
          getIndentStart getLineSpacing getLinkUrl getNextSibling getNumChildren getParent getPositionedImage
          getPositionedImages getPreviousSibling getSpacingAfter getSpacingBefore getText getTextAlignment getType
          insertHorizontalRule insertInlineImage insertPageBreak insertText isAtDocumentEnd isLeftToRight merge
          removeChild removeFromParent removePositionedImage replaceText setAlignment setAttributes setHeading
          setIndentEnd setIndentFirstLine setIndentStart setLeftToRight setLineSpacing setLinkUrl setSpacingAfter
          setSpacingBefore setText setTextAlignment
        `,
      ],
      [NONE, words`clear editAsText`],
    ],
  },
  ListItem: {
    page: 'https://developers.google.com/apps-script/reference/document/list-item',
    methods: [
      [
        DOCS,
        words`
          addPositionedImage appendHorizontalRule appendInlineImage appendPageBreak appendText copy findElement
          findText getAlignment getAttributes getChild getChildIndex getGlyphType getHeading getIndentEnd
          getIndentFirstLine getIndentStart getLineSpacing getLinkUrl getListId getNestingLevel getNextSibling
          getNumChildren getParent getPositionedImage getPositionedImages getPreviousSibling getSpacingAfter
          getSpacingBefore getText getTextAlignment getType insertHorizontalRule insertInlineImage insertPageBreak
          insertText isAtDocumentEnd isLeftToRight merge removeChild removeFromParent removePositionedImage replaceText
          setAlignment setAttributes setGlyphType setHeading setIndentEnd setIndentFirstLine setIndentStart
          setLeftToRight setLineSpacing setLinkUrl setListId setNestingLevel setSpacingAfter setSpacingBefore setText
          setTextAlignment
        `,
      ],
      [NONE, words`clear editAsText`],
    ],
  },
  Text: {
    page: 'https://developers.google.com/apps-script/reference/document/text',
    methods: [
      [
        DOCS,
        words`
          appendText copy deleteText findText getAttributes getBackgroundColor getFontFamily getFontSize
          getForegroundColor getLinkUrl getNextSibling getParent getPreviousSibling getText getTextAlignment
          getTextAttributeIndices getType insertText isAtDocumentEnd isBold isItalic isStrikethrough isUnderline merge
          removeFromParent replaceText setAttributes setBackgroundColor setBold setFontFamily setFontSize
          setForegroundColor setItalic setLinkUrl setStrikethrough setText setTextAlignment setUnderline
        `,
      ],
      [NONE, words`editAsText`],
    ],
  },
  Table: {
    page: 'https://developers.google.com/apps-script/reference/document/table',
    methods: [
      [
        DOCS,
        words`
          appendTableRow copy findElement findText getAttributes getBorderColor getBorderWidth getCell getChild
          getChildIndex getColumnWidth getLinkUrl getNextSibling getNumChildren getNumRows getParent getPreviousSibling
          getRow getText getTextAlignment getType insertTableRow isAtDocumentEnd removeChild removeFromParent removeRow
          replaceText setAttributes setBorderColor setBorderWidth setColumnWidth setLinkUrl setTextAlignment
        `,
      ],
      [NONE, words`clear editAsText`],
    ],
  },
  TableRow: {
    page: 'https://developers.google.com/apps-script/reference/document/table-row',
    methods: [
      [
        DOCS,
        words`
          appendTableCell copy findElement findText getAttributes getCell getChild getChildIndex getLinkUrl
          getMinimumHeight getNextSibling getNumCells getNumChildren getParent getParentTable getPreviousSibling
          getText getTextAlignment getType insertTableCell isAtDocumentEnd merge removeCell removeChild
          removeFromParent replaceText setAttributes setLinkUrl setMinimumHeight setTextAlignment
        `,
      ],
      [NONE, words`clear editAsText`],
    ],
  },
  TableCell: {
    page: 'https://developers.google.com/apps-script/reference/document/table-cell',
    methods: [
      [
        DOCS,
        words`
          appendHorizontalRule appendImage appendListItem appendParagraph appendTable copy findElement findText
          getAttributes getBackgroundColor getChild getChildIndex getColSpan getLinkUrl getNextSibling getNumChildren
          getPaddingBottom getPaddingLeft getPaddingRight getPaddingTop getParent getParentRow getParentTable
          getPreviousSibling getRowSpan getText getTextAlignment getType getVerticalAlignment getWidth
          insertHorizontalRule insertImage insertListItem insertParagraph insertTable isAtDocumentEnd merge removeChild
          removeFromParent replaceText setAttributes setBackgroundColor setLinkUrl setPaddingBottom setPaddingLeft
          setPaddingRight setPaddingTop setText setTextAlignment setVerticalAlignment setWidth
        `,
      ],
      [NONE, words`clear editAsText`],
    ],
  },
  HorizontalRule: {
    page: 'https://developers.google.com/apps-script/reference/document/horizontal-rule',
    methods: [
      [
        DOCS,
        words`
          copy getAttributes getNextSibling getParent getPreviousSibling getType isAtDocumentEnd removeFromParent
          setAttributes
        `,
      ],
    ],
  },
  PageBreak: {
    page: 'https://developers.google.com/apps-script/reference/document/page-break',
    methods: [
      [
        DOCS,
        words`
          copy getAttributes getNextSibling getParent getPreviousSibling getType isAtDocumentEnd removeFromParent
          setAttributes
        `,
      ],
    ],
  },
  RangeElement: {
    page: 'https://developers.google.com/apps-script/reference/document/range-element',
    methods: [[DOCS, words`getElement getEndOffsetInclusive getStartOffset isPartial`]],
  },
  /*
   * The Drive advanced service calls the Drive API v3 (Drive.Files.remove is files.delete):
   * https://developers.google.com/workspace/drive/api/reference/rest/v3/files/create
   * https://developers.google.com/workspace/drive/api/reference/rest/v3/files/copy
   * https://developers.google.com/workspace/drive/api/reference/rest/v3/files/get
   * https://developers.google.com/workspace/drive/api/reference/rest/v3/files/list
   * https://developers.google.com/workspace/drive/api/reference/rest/v3/files/update
   * https://developers.google.com/workspace/drive/api/reference/rest/v3/files/delete
   * https://developers.google.com/apps-script/advanced/drive (the service's methods are the REST methods)
   */
  'Drive.Files': {
    page: 'https://developers.google.com/workspace/drive/api/reference/rest/v3/files',
    methods: [
      [DRIVE_WRITE, words`create remove`],
      [DRIVE_COPY, words`copy`],
      [DRIVE_READ, words`get list`],
      [DRIVE_UPDATE, words`update`],
    ],
  },
  /*
   * https://developers.google.com/workspace/drive/api/reference/rest/v3/permissions/create
   * https://developers.google.com/workspace/drive/api/reference/rest/v3/permissions/update
   * https://developers.google.com/workspace/drive/api/reference/rest/v3/permissions/delete
   * https://developers.google.com/workspace/drive/api/reference/rest/v3/permissions/get
   * https://developers.google.com/workspace/drive/api/reference/rest/v3/permissions/list
   */
  'Drive.Permissions': {
    page: 'https://developers.google.com/workspace/drive/api/reference/rest/v3/permissions',
    methods: [
      [DRIVE_SHARE, words`create update remove`],
      [DRIVE_SHARE_READ, words`get list`],
    ],
  },
  /*
   * The Sheets advanced service calls the Sheets API v4; each method's page lists its
   * "Authorization scopes" (drive.file among them: it reaches the spreadsheets the app created):
   * https://developers.google.com/workspace/sheets/api/reference/rest/v4/spreadsheets/create
   * https://developers.google.com/workspace/sheets/api/reference/rest/v4/spreadsheets/get
   * https://developers.google.com/workspace/sheets/api/reference/rest/v4/spreadsheets/batchUpdate
   * https://developers.google.com/workspace/sheets/api/reference/rest/v4/spreadsheets.values/get
   * https://developers.google.com/workspace/sheets/api/reference/rest/v4/spreadsheets.values/update
   * https://developers.google.com/apps-script/advanced/sheets
   */
  'Sheets.Spreadsheets': {
    page: 'https://developers.google.com/workspace/sheets/api/reference/rest/v4/spreadsheets',
    methods: [
      [SHEETS_API_WRITE, words`batchUpdate create`],
      [SHEETS_API_READ, words`get`],
    ],
  },
  'Sheets.Spreadsheets.Values': {
    page: 'https://developers.google.com/workspace/sheets/api/reference/rest/v4/spreadsheets.values',
    methods: [
      [SHEETS_API_WRITE, words`append batchClear batchUpdate clear update`],
      [SHEETS_API_READ, words`batchGet get`],
    ],
  },
};
