import type * as DocxModule from 'docx';
import type ExcelJSModule from 'exceljs';
import type QRCodeModule from 'qrcode';

/**
 * Libraries only a few rarely used actions need (Excel for exports and imports, QR codes for binding
 * codes and course sign-in, Word for the annual summaries' export), required on first use. They
 * are external to the api bundle (its package.json installs them on deploy), so a cold start
 * neither parses nor evaluates them; the bench measures the bundle's load time over wx-server-sdk
 * alone.
 */
/* eslint-disable @typescript-eslint/no-require-imports -- loaded on first use, on purpose */
export const loadExcel = (): typeof ExcelJSModule => require('exceljs');
export const loadQrCode = (): typeof QRCodeModule => require('qrcode');
export const loadDocx = (): typeof DocxModule => require('docx');
